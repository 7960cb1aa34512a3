@testable import BaiqiangCore

/// Counties shared by the demo tests; made once, since generation is pure.
enum DemoFixtures {
    static let county = try! DemoCounty(seed: 2022, firmCount: DemoCounty.defaultFirmCount)
    static let firms = county.firms(in: county.indices)
    static var generated: [DemoFirm] { firms.filter { !$0.isNamedInPlan } }
    static var yearRows: [EnterpriseYearFigures] { firms.flatMap(\.yearly) }
}
