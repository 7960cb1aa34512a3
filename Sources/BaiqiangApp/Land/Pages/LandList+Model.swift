import BaiqiangCore

/// The parcels of the county (or the account's town or firm), with the low-efficiency rules that
/// fire on each, filtered by text, town and rule.
enum LandListPage {
    struct Model {
        var filter: LandStore.Filter
        var rows: [Row]
        var holderNames: [String: String]
        var towns: [LandTownName]
        var rules: [LowEfficiencyRule]
        var total: Totals
        var page: Int
        var pageCount: Int
    }

    struct Row {
        var record: ParcelRecord
        var isDemo: Bool
        var findings: [RuleFinding]
    }

    /// Counts and areas of all matching parcels, not only the page shown.
    struct Totals {
        var parcels: Int
        var area: LandArea
        var lowEfficiency: Int
        var lowEfficiencyArea: LandArea
        var anyDemo: Bool

        init(_ rows: [Row]) {
            parcels = rows.count
            area = LandArea(squareMetres: rows.reduce(0) { $0 + $1.record.area.squareMetres })
            let low = rows.filter { !$0.findings.isEmpty }
            lowEfficiency = low.count
            lowEfficiencyArea = LandArea(squareMetres: low.reduce(0) { $0 + $1.record.area.squareMetres })
            anyDemo = rows.contains(where: \.isDemo)
        }
    }
}
