import Testing
@testable import BaiqiangCore

@Suite("Demo county: company names (企业名称)")
struct DemoNameTests {
    /// Well-known Chinese brands and listed firms (家电, 电子, 光伏, 建材, 食品, 金融 …) a
    /// demo name must not contain, plus the plan's named firms.
    static let brands: [String] = """
        华为 美的 格力 海尔 联想 小米 比亚迪 长虹 康佳 海信 创维 格兰仕 万和 万家乐 志高 方太 老板 九阳 苏泊尔 \
        海天 东古 李锦记 坚美 兴发 伟业 日丰 联塑 华帝 科达 东鹏 蒙娜丽莎 欧派 索菲亚 好太太 中兴 正泰 德力西 \
        立讯 宁德 欣旺达 亿纬 阳光 晶科 晶澳 天合 通威 隆基 协鑫 福莱特 信义 旗滨 南玻 福耀 鸿海 腾讯 大疆 海康 \
        大华 汇川 迈瑞 顺丰 锐捷 腾达 钧达 崇达 弘业 泓德 安琪 鹏辉 沐邦 朗进 嵘泰 澜舟 锐明 博盈 雅图 天山 万科 \
        恒大 碧桂园 娃哈哈 农夫 蒙牛 伊利 茅台 五粮液 格林美 长城 吉利 奇瑞 长安 上汽 广汽 一汽 东风 中车 三一 \
        徐工 中联 柳工 京东方 天马 维信诺 华星 欧菲 歌尔 舜宇 蓝思 领益 鹏鼎 沪电 生益 胜宏 景旺 风华 顺络 三环 \
        宏发 汇顶 韦尔 兆易 卓胜 圣邦 闻泰 紫光 中芯 华虹 长电 通富 海螺 华新 金隅 恒力 荣盛 桐昆 恒逸 万华 宝钢 \
        鞍钢 沙钢 首钢 中信 招商 平安 腾讯 阿里 京东 百度 网易 美团 拼多多 顺德 佛山 宏达 安泰 康宁 富士康 德赛 \
        欧普 雷士 公牛 飞利浦 松下 西门子 三星 索尼 佳能 丰田 本田 大金 奥克斯 小天鹅 荣事达 美菱 澳柯玛 新飞 \
        金龙鱼 鲁花 加多宝 王老吉 红牛 康师傅 统一 今麦郎 白象 双汇 雨润 金锣 汤臣 健力宝 李宁 安踏 特步 匹克 \
        森马 海澜 雅戈尔 波司登 七匹狼 九牧 箭牌 恒洁 惠达 法恩莎 安华 鹰牌 金意陶 马可波罗 新明珠 宏宇 欧神诺
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    @Test("Names are unique across 20,000 firms, over the two- and four-character tiers")
    func unique() throws {
        let county = try DemoCounty(seed: 5, firmCount: 20_000)
        let names = county.indices.map { county.firm(at: $0).name }
        #expect(Set(names).count == names.count)
        #expect(names.dropFirst(7).allSatisfy { $0.hasPrefix("鹤山市") })
    }

    @Test("Trade names are unique far beyond a million")
    func tradeNameCapacity() {
        let names = DemoTradeNames(seed: 1)
        #expect(names.capacity > 1_000_000)
        let sample = (0..<3000).map(names.name) + (990_000..<1_000_000).map(names.name)
        #expect(Set(sample).count == sample.count)
        #expect(names.name(0).count == 2 && names.name(1_000_000).count == 4)
    }

    @Test("No pairing of the character lists spells a well-known brand or a named firm")
    func noBrands() {
        let first = DemoWords.tradeNameFirst
        let second = DemoWords.tradeNameSecond
        #expect(Set(first).isDisjoint(with: second))
        // Two-character trade names are first+second; four-character ones also put a second
        // before a first.
        var pairs = Set<String>()
        for a in first { for b in second { pairs.insert(String([a, b])); pairs.insert(String([b, a])) } }
        let twoCharacterBrands = Self.brands.filter { $0.count == 2 }
        #expect(pairs.isDisjoint(with: twoCharacterBrands), "\(pairs.intersection(twoCharacterBrands))")
        let names = DemoTradeNames(seed: 2022)
        let sample = (0..<4000).map(names.name) + (5000..<25_000).map(names.name)
        for name in sample {
            #expect(!Self.brands.contains { name.contains($0) }, "\(name)")
        }
        let planCharacters = Set("创维博盈雅图天山隆基信义联塑")
        #expect(planCharacters.isDisjoint(with: first) && planCharacters.isDisjoint(with: second))
    }

    @Test("Company forms follow the ladder: 厂 for sole traders, 股份有限公司 for joint-stock firms")
    func forms() {
        for firm in DemoFixtures.generated {
            switch firm.ladderStage {
            case .individual: #expect(firm.name.hasSuffix("厂") && !firm.name.contains("公司"))
            case .jointStock, .listed: #expect(firm.name.hasSuffix("股份有限公司"))
            default: #expect(firm.name.hasSuffix("有限公司") && !firm.name.hasSuffix("股份有限公司"))
            }
        }
    }

    @Test("Contacts are optional and their phones cannot ring: 0750 then a local number starting 0")
    func contacts() {
        let contacts = DemoFixtures.generated.compactMap(\.contact)
        #expect(contacts.count > DemoFixtures.generated.count / 2 && contacts.count < DemoFixtures.generated.count)
        for contact in contacts {
            #expect(contact.phone.hasPrefix("0750-0") && contact.phone.count == 13)
            #expect((2...4).contains(contact.name.count))
        }
    }

    @Test("Addresses name the firm's own town")
    func addresses() {
        let towns = Dictionary(uniqueKeysWithValues: DemoTown.heshan.map { ($0.code, $0.name) })
        for firm in DemoFixtures.generated {
            let town = towns[firm.townCode ?? ""]
            #expect(town != nil && firm.address?.hasPrefix("鹤山市" + town!) == true && firm.address?.hasSuffix("号") == true)
        }
    }
}
