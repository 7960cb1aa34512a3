/// The demo county's industry mix: classes around the plan's strategic sectors plus the
/// traditional trades of a Pearl River Delta county (hardware and stainless-steel ware, sanitary
/// fittings, ceramics, shoes, garments, printing and packaging, furniture, condiments).
///
/// Every code and name was checked against the GB/T 4754-2017 class table (国民经济行业分类,
/// as published by the National Bureau of Statistics); a test re-checks them against the bundled
/// `industry/gbt4754-2017.csv` when that table is present.
extension DemoIndustry {
    public static let catalogue: [DemoIndustry] = [
        // 新一代信息技术
        DemoIndustry("3951", "电视机制造", .newGenerationIT, weight: 0.8, size: 3.0, va: 0.18, tax: 0.025, energy: 0.015, electricity: 0.9, emission: 0.5, rd: 0.035, vaPerStaff: 20, outputPerMu: 900, words: ["视讯科技", "电子科技", "显示技术"]),
        DemoIndustry("3974", "显示器件制造", .newGenerationIT, weight: 1.2, size: 2.2, va: 0.22, tax: 0.03, energy: 0.04, electricity: 0.9, emission: 0.6, rd: 0.04, vaPerStaff: 26, outputPerMu: 800, words: ["显示科技", "光电科技", "液晶器件"]),
        DemoIndustry("3976", "光电子器件制造", .newGenerationIT, weight: 1.0, size: 1.3, va: 0.25, tax: 0.03, energy: 0.03, electricity: 0.9, emission: 0.6, rd: 0.045, vaPerStaff: 22, outputPerMu: 650, words: ["光电科技", "光电器件", "激光技术"]),
        DemoIndustry("3975", "半导体照明器件制造", .newGenerationIT, weight: 1.0, size: 1.0, va: 0.22, tax: 0.03, energy: 0.03, electricity: 0.9, emission: 0.6, rd: 0.035, vaPerStaff: 16, outputPerMu: 500, words: ["半导体照明", "光电科技", "LED科技"]),
        DemoIndustry("3982", "电子电路制造", .newGenerationIT, weight: 1.4, size: 1.6, va: 0.24, tax: 0.03, energy: 0.06, electricity: 0.85, emission: 1.8, rd: 0.035, vaPerStaff: 18, outputPerMu: 550, words: ["电路科技", "线路板", "电子科技"]),
        DemoIndustry("3981", "电阻电容电感元件制造", .newGenerationIT, weight: 1.0, size: 1.0, va: 0.26, tax: 0.035, energy: 0.035, electricity: 0.9, emission: 0.7, rd: 0.04, vaPerStaff: 16, outputPerMu: 500, words: ["电子元件", "电子科技", "磁电科技"]),
        DemoIndustry("3983", "敏感元件及传感器制造", .newGenerationIT, weight: 0.7, size: 0.9, va: 0.3, tax: 0.035, energy: 0.02, electricity: 0.9, emission: 0.5, rd: 0.05, vaPerStaff: 20, outputPerMu: 500, words: ["传感科技", "智能传感", "电子科技"]),
        DemoIndustry("3984", "电声器件及零件制造", .newGenerationIT, weight: 0.9, size: 0.9, va: 0.24, tax: 0.03, energy: 0.025, electricity: 0.9, emission: 0.5, rd: 0.03, vaPerStaff: 13, outputPerMu: 450, words: ["电声科技", "音响器材", "声学科技"]),
        DemoIndustry("3922", "通信终端设备制造", .newGenerationIT, weight: 0.6, size: 1.4, va: 0.2, tax: 0.03, energy: 0.015, electricity: 0.9, emission: 0.4, rd: 0.045, vaPerStaff: 18, outputPerMu: 700, words: ["通信科技", "智能终端", "电子科技"]),
        DemoIndustry("3914", "工业控制计算机及系统制造", .newGenerationIT, weight: 0.4, size: 1.0, va: 0.3, tax: 0.04, energy: 0.015, electricity: 0.9, emission: 0.4, rd: 0.06, vaPerStaff: 24, outputPerMu: 600, words: ["智能控制", "工控科技", "自动化技术"]),
        // 先进材料
        DemoIndustry("3985", "电子专用材料制造", .advancedMaterials, weight: 1.0, size: 1.5, va: 0.26, tax: 0.035, energy: 0.09, electricity: 0.75, emission: 1.6, rd: 0.04, vaPerStaff: 30, outputPerMu: 650, words: ["电子材料", "新材料", "功能材料"]),
        DemoIndustry("2641", "涂料制造", .advancedMaterials, weight: 1.2, size: 1.4, va: 0.24, tax: 0.04, energy: 0.04, electricity: 0.6, emission: 2.0, rd: 0.035, vaPerStaff: 35, outputPerMu: 700, words: ["涂料", "化工科技", "新材料"]),
        DemoIndustry("2642", "油墨及类似产品制造", .advancedMaterials, weight: 0.5, size: 1.0, va: 0.24, tax: 0.04, energy: 0.04, electricity: 0.6, emission: 2.0, rd: 0.03, vaPerStaff: 32, outputPerMu: 650, words: ["油墨", "印材科技", "化工"]),
        DemoIndustry("2651", "初级形态塑料及合成树脂制造", .advancedMaterials, weight: 0.6, size: 1.8, va: 0.2, tax: 0.035, energy: 0.12, electricity: 0.5, emission: 2.2, rd: 0.025, vaPerStaff: 45, outputPerMu: 800, words: ["树脂", "高分子材料", "合成材料"]),
        DemoIndustry("2661", "化学试剂和助剂制造", .advancedMaterials, weight: 0.6, size: 1.0, va: 0.26, tax: 0.04, energy: 0.08, electricity: 0.55, emission: 2.2, rd: 0.035, vaPerStaff: 38, outputPerMu: 650, words: ["精细化工", "化学助剂", "新材料"]),
        DemoIndustry("3252", "铝压延加工", .advancedMaterials, weight: 0.9, size: 2.0, va: 0.16, tax: 0.025, energy: 0.12, electricity: 0.6, emission: 1.3, rd: 0.025, vaPerStaff: 28, outputPerMu: 700, words: ["铝业", "铝材", "金属材料"]),
        DemoIndustry("3130", "钢压延加工", .advancedMaterials, weight: 0.6, size: 2.2, va: 0.15, tax: 0.025, energy: 0.25, electricity: 0.55, emission: 1.5, rd: 0.02, vaPerStaff: 35, outputPerMu: 750, words: ["钢材", "不锈钢材料", "金属材料"]),
        DemoIndustry("3073", "特种陶瓷制品制造", .advancedMaterials, weight: 0.4, size: 0.9, va: 0.3, tax: 0.04, energy: 0.3, electricity: 0.45, emission: 1.8, rd: 0.04, vaPerStaff: 24, outputPerMu: 400, words: ["精密陶瓷", "陶瓷科技", "新材料"]),
        DemoIndustry("3062", "玻璃纤维增强塑料制品制造", .advancedMaterials, weight: 0.4, size: 0.9, va: 0.24, tax: 0.035, energy: 0.08, electricity: 0.7, emission: 1.5, rd: 0.03, vaPerStaff: 22, outputPerMu: 450, words: ["复合材料", "玻璃钢", "新材料"]),
        DemoIndustry("2922", "塑料板、管、型材制造", .advancedMaterials, weight: 0.9, size: 1.3, va: 0.2, tax: 0.03, energy: 0.06, electricity: 0.85, emission: 0.8, rd: 0.025, vaPerStaff: 24, outputPerMu: 550, words: ["塑胶管业", "型材科技", "塑料制品"]),
        // 高端装备制造
        DemoIndustry("3311", "金属结构制造", .highEndEquipment, weight: 1.6, size: 1.2, va: 0.22, tax: 0.035, energy: 0.05, electricity: 0.75, emission: 1.0, rd: 0.03, vaPerStaff: 18, outputPerMu: 450, words: ["钢结构", "金属结构", "机械工程"]),
        DemoIndustry("3424", "金属切割及焊接设备制造", .highEndEquipment, weight: 0.8, size: 1.0, va: 0.28, tax: 0.04, energy: 0.03, electricity: 0.85, emission: 0.8, rd: 0.045, vaPerStaff: 20, outputPerMu: 500, words: ["焊接设备", "焊接科技", "智能装备"]),
        DemoIndustry("3421", "金属切削机床制造", .highEndEquipment, weight: 0.5, size: 1.0, va: 0.28, tax: 0.04, energy: 0.03, electricity: 0.85, emission: 0.8, rd: 0.045, vaPerStaff: 20, outputPerMu: 450, words: ["数控机床", "精密机械", "智能装备"]),
        DemoIndustry("3491", "工业机器人制造", .highEndEquipment, weight: 0.4, size: 1.0, va: 0.3, tax: 0.04, energy: 0.02, electricity: 0.9, emission: 0.5, rd: 0.06, vaPerStaff: 25, outputPerMu: 550, words: ["机器人", "智能装备", "自动化科技"]),
        DemoIndustry("3525", "模具制造", .highEndEquipment, weight: 1.0, size: 0.8, va: 0.32, tax: 0.04, energy: 0.04, electricity: 0.85, emission: 0.7, rd: 0.035, vaPerStaff: 16, outputPerMu: 400, words: ["模具", "精密模具", "模塑科技"]),
        DemoIndustry("3443", "阀门和旋塞制造", .highEndEquipment, weight: 0.8, size: 1.0, va: 0.26, tax: 0.04, energy: 0.05, electricity: 0.8, emission: 1.0, rd: 0.03, vaPerStaff: 18, outputPerMu: 450, words: ["阀门", "流体控制", "阀业"]),
        DemoIndustry("3670", "汽车零部件及配件制造", .highEndEquipment, weight: 1.4, size: 1.4, va: 0.22, tax: 0.035, energy: 0.045, electricity: 0.8, emission: 1.0, rd: 0.035, vaPerStaff: 20, outputPerMu: 550, words: ["汽车配件", "汽车部件", "精密机械"]),
        DemoIndustry("3813", "微特电机及组件制造", .highEndEquipment, weight: 0.7, size: 1.1, va: 0.24, tax: 0.035, energy: 0.03, electricity: 0.9, emission: 0.6, rd: 0.035, vaPerStaff: 16, outputPerMu: 500, words: ["电机", "微电机", "机电科技"]),
        DemoIndustry("4011", "工业自动控制系统装置制造", .highEndEquipment, weight: 0.5, size: 0.9, va: 0.32, tax: 0.045, energy: 0.015, electricity: 0.9, emission: 0.4, rd: 0.06, vaPerStaff: 25, outputPerMu: 550, words: ["自动化", "智能控制", "电气科技"]),
        DemoIndustry("3823", "配电开关控制设备制造", .highEndEquipment, weight: 0.8, size: 1.2, va: 0.26, tax: 0.04, energy: 0.02, electricity: 0.9, emission: 0.5, rd: 0.035, vaPerStaff: 22, outputPerMu: 550, words: ["电气", "开关设备", "电力科技"]),
        DemoIndustry("3435", "电梯、自动扶梯及升降机制造", .highEndEquipment, weight: 0.3, size: 1.5, va: 0.24, tax: 0.04, energy: 0.02, electricity: 0.85, emission: 0.6, rd: 0.035, vaPerStaff: 22, outputPerMu: 550, words: ["电梯", "升降设备", "机电"]),
        // 硅能源及储能
        DemoIndustry("3825", "光伏设备及元器件制造", .siliconEnergyAndStorage, weight: 1.0, size: 2.2, va: 0.18, tax: 0.025, energy: 0.06, electricity: 0.9, emission: 0.6, rd: 0.035, vaPerStaff: 26, outputPerMu: 800, words: ["光伏科技", "新能源科技", "光能"]),
        DemoIndustry("3841", "锂离子电池制造", .siliconEnergyAndStorage, weight: 0.6, size: 2.0, va: 0.2, tax: 0.025, energy: 0.05, electricity: 0.9, emission: 0.7, rd: 0.045, vaPerStaff: 24, outputPerMu: 750, words: ["锂电科技", "新能源", "电池"]),
        DemoIndustry("3849", "其他电池制造", .siliconEnergyAndStorage, weight: 0.4, size: 1.2, va: 0.2, tax: 0.03, energy: 0.05, electricity: 0.9, emission: 0.8, rd: 0.04, vaPerStaff: 22, outputPerMu: 600, words: ["储能科技", "电池", "能源科技"]),
        DemoIndustry("3824", "电力电子元器件制造", .siliconEnergyAndStorage, weight: 0.5, size: 1.2, va: 0.26, tax: 0.035, energy: 0.025, electricity: 0.9, emission: 0.5, rd: 0.05, vaPerStaff: 22, outputPerMu: 600, words: ["电力电子", "逆变技术", "能源科技"]),
        DemoIndustry("3829", "其他输配电及控制设备制造", .siliconEnergyAndStorage, weight: 0.4, size: 1.1, va: 0.25, tax: 0.035, energy: 0.025, electricity: 0.9, emission: 0.5, rd: 0.04, vaPerStaff: 22, outputPerMu: 550, words: ["储能设备", "电气", "能源科技"]),
        // 传统优势制造业
        DemoIndustry("3381", "金属制厨房用器具制造", .traditional, weight: 2.6, size: 0.9, va: 0.22, tax: 0.035, energy: 0.05, electricity: 0.85, emission: 1.0, rd: 0.015, vaPerStaff: 13, outputPerMu: 400, words: ["不锈钢制品", "厨具", "五金制品"]),
        DemoIndustry("3382", "金属制餐具和器皿制造", .traditional, weight: 1.6, size: 0.8, va: 0.22, tax: 0.035, energy: 0.05, electricity: 0.85, emission: 1.0, rd: 0.012, vaPerStaff: 12, outputPerMu: 380, words: ["不锈钢制品", "餐具", "金属制品"]),
        DemoIndustry("3383", "金属制卫生器具制造", .traditional, weight: 1.6, size: 0.9, va: 0.22, tax: 0.035, energy: 0.05, electricity: 0.85, emission: 1.2, rd: 0.015, vaPerStaff: 13, outputPerMu: 400, words: ["卫浴", "洁具", "卫生器具"]),
        DemoIndustry("3352", "建筑装饰及水暖管道零件制造", .traditional, weight: 2.4, size: 0.9, va: 0.22, tax: 0.035, energy: 0.06, electricity: 0.8, emission: 1.4, rd: 0.015, vaPerStaff: 13, outputPerMu: 400, words: ["水暖器材", "卫浴五金", "阀门配件"]),
        DemoIndustry("3351", "建筑、家具用金属配件制造", .traditional, weight: 1.8, size: 0.8, va: 0.22, tax: 0.035, energy: 0.05, electricity: 0.85, emission: 1.0, rd: 0.015, vaPerStaff: 13, outputPerMu: 380, words: ["五金制品", "家具配件", "门控五金"]),
        DemoIndustry("3360", "金属表面处理及热处理加工", .traditional, weight: 1.0, size: 0.6, va: 0.3, tax: 0.035, energy: 0.15, electricity: 0.8, emission: 3.0, rd: 0.01, vaPerStaff: 14, outputPerMu: 300, words: ["表面处理", "电镀", "热处理"]),
        DemoIndustry("3392", "有色金属铸造", .traditional, weight: 1.2, size: 0.9, va: 0.2, tax: 0.03, energy: 0.2, electricity: 0.6, emission: 1.8, rd: 0.012, vaPerStaff: 15, outputPerMu: 350, words: ["铸造", "压铸", "金属制品"]),
        DemoIndustry("3399", "其他未列明金属制品制造", .traditional, weight: 2.2, size: 0.8, va: 0.22, tax: 0.035, energy: 0.05, electricity: 0.85, emission: 1.0, rd: 0.012, vaPerStaff: 13, outputPerMu: 380, words: ["五金制品", "金属制品", "五金"]),
        DemoIndustry("3072", "卫生陶瓷制品制造", .traditional, weight: 0.8, size: 1.1, va: 0.26, tax: 0.035, energy: 0.35, electricity: 0.35, emission: 2.2, rd: 0.015, vaPerStaff: 14, outputPerMu: 300, words: ["陶瓷", "卫浴", "洁具"]),
        DemoIndustry("3071", "建筑陶瓷制品制造", .traditional, weight: 0.5, size: 1.6, va: 0.24, tax: 0.035, energy: 0.5, electricity: 0.3, emission: 2.5, rd: 0.012, vaPerStaff: 18, outputPerMu: 320, words: ["陶瓷", "建材", "瓷砖"]),
        DemoIndustry("1952", "皮鞋制造", .traditional, weight: 1.2, size: 0.8, va: 0.22, tax: 0.03, energy: 0.015, electricity: 0.9, emission: 0.6, rd: 0.01, vaPerStaff: 7, outputPerMu: 350, words: ["鞋业", "皮具", "制鞋"]),
        DemoIndustry("1951", "纺织面料鞋制造", .traditional, weight: 1.0, size: 0.7, va: 0.22, tax: 0.03, energy: 0.015, electricity: 0.9, emission: 0.6, rd: 0.01, vaPerStaff: 7, outputPerMu: 320, words: ["鞋业", "鞋材", "制鞋"]),
        DemoIndustry("1819", "其他机织服装制造", .traditional, weight: 1.4, size: 0.6, va: 0.24, tax: 0.03, energy: 0.01, electricity: 0.9, emission: 0.5, rd: 0.008, vaPerStaff: 7, outputPerMu: 300, words: ["服装", "制衣", "服饰"]),
        DemoIndustry("1761", "针织或钩针编织物织造", .traditional, weight: 0.7, size: 0.9, va: 0.22, tax: 0.03, energy: 0.09, electricity: 0.6, emission: 3.0, rd: 0.01, vaPerStaff: 10, outputPerMu: 320, words: ["针织", "纺织", "织造"]),
        DemoIndustry("2231", "纸和纸板容器制造", .traditional, weight: 1.2, size: 0.8, va: 0.22, tax: 0.03, energy: 0.05, electricity: 0.75, emission: 1.2, rd: 0.012, vaPerStaff: 14, outputPerMu: 400, words: ["纸品包装", "包装材料", "纸业"]),
        DemoIndustry("2319", "包装装潢及其他印刷", .traditional, weight: 1.6, size: 0.8, va: 0.26, tax: 0.035, energy: 0.03, electricity: 0.8, emission: 1.3, rd: 0.015, vaPerStaff: 16, outputPerMu: 380, words: ["印刷", "彩印包装", "印务"]),
        DemoIndustry("2110", "木质家具制造", .traditional, weight: 1.4, size: 0.8, va: 0.24, tax: 0.03, energy: 0.02, electricity: 0.85, emission: 1.2, rd: 0.012, vaPerStaff: 11, outputPerMu: 250, words: ["家具", "家居", "木业"]),
        DemoIndustry("2130", "金属家具制造", .traditional, weight: 1.0, size: 0.8, va: 0.22, tax: 0.03, energy: 0.03, electricity: 0.85, emission: 1.0, rd: 0.012, vaPerStaff: 12, outputPerMu: 300, words: ["家具", "办公家具", "金属家具"]),
        DemoIndustry("2927", "日用塑料制品制造", .traditional, weight: 1.2, size: 0.7, va: 0.22, tax: 0.03, energy: 0.05, electricity: 0.9, emission: 0.7, rd: 0.01, vaPerStaff: 13, outputPerMu: 380, words: ["塑料制品", "塑胶制品", "日用品"]),
        DemoIndustry("2929", "塑料零件及其他塑料制品制造", .traditional, weight: 1.4, size: 0.8, va: 0.22, tax: 0.03, energy: 0.05, electricity: 0.9, emission: 0.7, rd: 0.015, vaPerStaff: 14, outputPerMu: 400, words: ["塑胶制品", "塑料五金", "注塑"]),
        DemoIndustry("1462", "酱油、食醋及类似制品制造", .traditional, weight: 0.4, size: 1.4, va: 0.32, tax: 0.05, energy: 0.05, electricity: 0.5, emission: 1.5, rd: 0.01, vaPerStaff: 30, outputPerMu: 400, words: ["调味食品", "酿造", "食品"]),
        DemoIndustry("1329", "其他饲料加工", .traditional, weight: 0.4, size: 2.0, va: 0.12, tax: 0.015, energy: 0.02, electricity: 0.7, emission: 0.8, rd: 0.008, vaPerStaff: 40, outputPerMu: 700, words: ["饲料", "农牧科技", "生物饲料"]),
        DemoIndustry("3872", "照明灯具制造", .traditional, weight: 1.2, size: 0.8, va: 0.22, tax: 0.03, energy: 0.02, electricity: 0.9, emission: 0.5, rd: 0.02, vaPerStaff: 12, outputPerMu: 400, words: ["照明", "灯饰", "照明电器"]),
        DemoIndustry("3854", "家用厨房电器具制造", .traditional, weight: 0.9, size: 1.0, va: 0.22, tax: 0.03, energy: 0.02, electricity: 0.9, emission: 0.5, rd: 0.025, vaPerStaff: 14, outputPerMu: 450, words: ["电器", "厨房电器", "家电"]),
    ]

    /// The class with this code, if the demo uses it.
    public static func industry(code: String) -> DemoIndustry? {
        catalogue.first { $0.code == code }
    }
}
