import BaiqiangCore

/// The template of every import (导入模板), by the kind named in its address, and who may fetch
/// it: those who may run that import.
enum ImportTemplates {
    struct Entry {
        let kind: String
        let permission: Permissions.Action
        let template: ImportTemplate
    }

    static func entry(_ kind: String) -> Entry? {
        all.first { $0.kind == kind }
    }

    /// An illustrative credit code with a valid check character.
    private static let creditCode = CreditCode.completing("91440784000000001") ?? "914407840000000017"

    static let all: [Entry] = [
        Entry(kind: "enterprises", permission: .importRegistry, template: ImportTemplate(spec: EnterpriseIdentityFile.spec, examples: [
            "credit_code": creditCode, "name": "鹤山市示例五金制品有限公司", "town": "沙坪街道", "industry": "3311",
            "address": "沙坪街道示例路 1 号", "longitude": "112.96", "latitude": "22.76", "contact_name": "张三", "contact_phone": "0750-8888888",
        ])),
        Entry(kind: "figures", permission: .importRegistry, template: ImportTemplate(spec: YearlyFiguresFile.spec, examples: [
            "credit_code": creditCode, "name": "鹤山市示例五金制品有限公司", "town": "沙坪街道", "industry": "3311", "year": "2024",
            "revenue_wan": "25000", "output_wan": "26000", "value_added_wan": "6000", "tax_wan": "800", "electricity_wkwh": "300",
            "energy_tce": "900", "emission_t": "1.2", "rd_wan": "750", "staff": "210", "land_mu": "30", "above_scale": "是",
        ])),
        Entry(kind: "monthly", permission: .importRegistry, template: ImportTemplate(spec: MonthlyFiguresFile.spec, examples: [
            "credit_code": creditCode, "year": "2025", "month": "3", "revenue_wan": "2100", "output_wan": "2200", "tax_wan": "70",
            "electricity_wkwh": "25",
        ])),
        Entry(kind: "evaluation", permission: .runEvaluation, template: ImportTemplate(spec: EvaluationInputCSV.spec, examples: [
            "credit_code": creditCode, "name": "鹤山市示例五金制品有限公司", "town": "shaping", "industry": "3311", "scale": "above",
            "land_mu": "30", "tax_wan": "800", "value_added_wan": "6000", "revenue_wan": "25000", "energy_tce": "900",
            "emission_t": "1.2", "electricity_wkwh": "300", "rd_wan": "750", "staff": "210", "start_year": "2012", "flags": "",
        ])),
        Entry(kind: "plan", permission: .importPlan, template: ImportTemplate(
            name: BilingualText(zh: "规划指标与观测值", en: "Plan KPIs and observations"),
            columns: zip(PlanCSV.header, PlanCSV.chineseHeader).map { english, chinese in
                ImportTemplate.Column(header: BilingualText(zh: chinese, en: english), example: planExample[english] ?? "",
                                      note: PlanCSV.note(english))
            })),
        Entry(kind: "projects", permission: .enterProjects, template: ImportTemplate(
            name: BilingualText(zh: "招商项目", en: "Investment projects"),
            columns: ProjectImport.Column.allCases.map { column in
                ImportTemplate.Column(header: BilingualText(zh: column.chineseHeader, en: column.rawValue), example: projectExample[column] ?? "",
                                      note: column.note)
            })),
        Entry(kind: "regional-figures", permission: .recordRegionalFigures, template: ImportTemplate(spec: RegionalFiguresFile.spec, examples: [
            "unit": "鹤山市", "indicator": "地区生产总值", "period": "2023", "value": "502.87", "growth_percent": "6.2",
            "publisher": "鹤山市人民政府网", "title": "2023年统计公报", "address": "heshan.gov.cn post_3030235", "read_from_copy": "是",
        ])),
        Entry(kind: "disposals", permission: .writeLand(townCode: nil), template: ImportTemplate(spec: DisposalFile.spec, examples: [
            DisposalField.parcelNumber.rawValue: "P-0001", DisposalField.action.rawValue: DisposalAction.technicalUpgrade.label.zh,
            DisposalField.areaMu.rawValue: "12.5", DisposalField.started.rawValue: "2025-03-01",
            DisposalField.plannedCompletion.rawValue: "2025-12-31", DisposalField.status.rawValue: DisposalStatus.inProgress.label.zh,
        ])),
        Entry(kind: "parcels", permission: .writeLand(townCode: nil), template: ImportTemplate(spec: ParcelTableFile.spec, examples: [
            ParcelField.number.rawValue: "440784-GH-0001", ParcelField.town.rawValue: "gonghe",
            ParcelField.landUse.rawValue: "工业用地", ParcelField.supplyWay.rawValue: "出让",
            ParcelField.supplyDate.rawValue: "2021-03-15", ParcelField.plotRatio.rawValue: "1.2",
            ParcelTableFile.geometryKey: "POLYGON ((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.601, 112.8 22.6))",
        ])),
        Entry(kind: "visits", permission: .recordVisits, template: ImportTemplate(
            name: VisitsFile.spec.name,
            columns: VisitsFile.spec.columns.map { column in
                ImportTemplate.Column(header: column.label, example: visitExample[column.key] ?? "", note: visitNote(column))
            })),
    ]

    private static let visitExample: [String: String] = [
        "credit_code": creditCode, "firm_name": "鹤山市示例五金制品有限公司", "town": "沙坪街道", "leader": "leader01",
        "leader_name": "张三", "date": "2025-03-01", "participants": "挂钩领导及工信局联络员", "firm_said": "希望协调用工招聘",
        "risk_flags": "租约到期、被外地招引",
    ]

    /// The visits file's notes: the columns written for people reading an export say that an
    /// import does not read them; the flags name the labels an import accepts.
    private static func visitNote(_ column: ImportColumn) -> ImportColumnNote {
        var note = column.note
        if VisitsFile.isInformational(column.key) {
            note.rule = BilingualText(zh: "导出时填写，便于阅读；导入时不读取", en: "written by the export for readers; an import does not read it")
        } else if column.key == "risk_flags" {
            note.rule = BilingualText(
                zh: "可多项，用“、”分隔：" + RiskFlag.allCases.map(\.label.zh).joined(separator: "、"),
                en: "any of, separated by ';': " + RiskFlag.allCases.map(\.label.en).joined(separator: "; "))
        } else if column.key == "date" {
            note.rule = BilingualText(zh: "YYYY-MM-DD，不早于 \(VisitLimits.earliestDateText)，不晚于今天",
                                      en: "YYYY-MM-DD, not before \(VisitLimits.earliestDateText) nor after today")
        } else if column.key == "leader" {
            note.rule = BilingualText(zh: "领导账号的登录名", en: "the leader account's sign-in name")
        } else if column.key == "demo" {
            note.rule = BilingualText(zh: "留空；导出的演示记录为“演示数据”，导入后仍标为演示数据",
                                      en: "blank; an exported demo visit reads 演示数据 and is imported as demo data again")
        }
        return note
    }

    private static let planExample: [String: String] = [
        "record": "kpi", "item": "1.1.1", "kpi": "industrial-output", "name_zh": "规上工业总产值", "name_en": "Industrial output above scale",
        "unit": "亿元", "direction": "up", "baseline_value": "600", "baseline_date": "2022-12-31", "target_value": "1000",
        "target_deadline": "2025-12-31", "owner": "gxj", "weight": "1", "published": "true", "source": "manual",
    ]

    private static let projectExample: [ProjectImport.Column: String] = [
        .name: "示例智能装备项目", .codename: "ZB-2025-01", .year: "2025", .investor: "示例投资有限公司", .investmentYi: "10",
        .fundsInPlaceYi: "2", .channel: "agency", .town: "shaping", .leadDepartment: "tcj", .stage: "signed",
        .stageDate: "2025-03-01", .key: "是",
    ]
}

extension AppSession {
    /// `baiqiang import KIND --template FILE`: the same CSV template the import page offers, its
    /// example row marked so that a template imported untouched imports nothing.
    public static func importTemplate(_ kind: String, language: Language) -> [UInt8]? {
        ImportTemplates.entry(kind)?.template.csv(language)
    }
}
