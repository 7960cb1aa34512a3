/// What the county's plan says about a firm it names (seed: 鹤山市委十三届三次全会报告解读).
public enum PlanRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// 头部企业, supported in whole-chain vertical integration (全产业链垂直整合).
    case verticalIntegrationLeader = "vertical_integration_leader"
    /// On the way to listing (加快…上市步伐).
    case ipoPipeline = "ipo_pipeline"
    /// A major project to be built and brought into production (重大项目).
    case majorProject = "major_project"
    /// A photovoltaic project the county extends its chain from (光伏项目).
    case photovoltaicProject = "photovoltaic_project"

    public var name: BilingualText {
        switch self {
        case .verticalIntegrationLeader: BilingualText(zh: "头部企业·全产业链垂直整合", en: "Leading firm, vertical integration")
        case .ipoPipeline: BilingualText(zh: "加快上市步伐", en: "On the way to listing")
        case .majorProject: BilingualText(zh: "重大项目", en: "Major project")
        case .photovoltaicProject: BilingualText(zh: "光伏项目", en: "Photovoltaic project")
        }
    }
}

/// A firm the plan names, with only what the plan states: its name as written there, its roles,
/// and the sentences of the seed that mention it. Its registered name, credit code, town,
/// industry and figures are not in the seed, so the demo invents none of them.
public struct NamedPlanFirm: Sendable, Hashable {
    /// The name as the plan writes it (a short name, 简称).
    public let name: String
    public let roles: [PlanRole]
    /// The seed's sentences naming the firm, verbatim.
    public let planStatements: [String]

    /// The seven firms of Heshan's 2022 plan, in the order the plan names them.
    public static let heshan2022: [NamedPlanFirm] = [
        NamedPlanFirm(name: "创维光电", roles: [.verticalIntegrationLeader], planStatements: [
            "支持创维光电等头部企业开展全产业链垂直整合",
        ]),
        NamedPlanFirm(name: "博盈特焊", roles: [.ipoPipeline], planStatements: [
            "加快博盈特焊、雅图高新、天山金属上市步伐",
        ]),
        NamedPlanFirm(name: "雅图高新", roles: [.ipoPipeline], planStatements: [
            "加快博盈特焊、雅图高新、天山金属上市步伐",
        ]),
        NamedPlanFirm(name: "天山金属", roles: [.ipoPipeline], planStatements: [
            "加快博盈特焊、雅图高新、天山金属上市步伐",
        ]),
        NamedPlanFirm(name: "隆基绿能", roles: [.majorProject, .photovoltaicProject], planStatements: [
            "推动隆基绿能、信义玻璃等一批重大项目加快建设、早日投产",
            "投资45亿元的隆基绿能项目如期签约",
            "隆基项目要在明年3月底前完成供地，支持项目实现一年试产、两年达产",
            "依托隆基、联塑等光伏项目延伸产业链，打造全省首位的光伏组件特色产业园",
        ]),
        NamedPlanFirm(name: "信义玻璃", roles: [.majorProject], planStatements: [
            "推动隆基绿能、信义玻璃等一批重大项目加快建设、早日投产",
            "信义玻璃项目通过省节能审查",
        ]),
        NamedPlanFirm(name: "联塑", roles: [.photovoltaicProject], planStatements: [
            "依托隆基、联塑等光伏项目延伸产业链，打造全省首位的光伏组件特色产业园",
        ]),
    ]
}
