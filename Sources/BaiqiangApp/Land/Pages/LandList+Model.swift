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

        init(_ parcels: [EvaluatedParcel]) {
            var area = 0.0, lowArea = 0.0, low = 0, anyDemo = false
            for parcel in parcels {
                area += parcel.record.area.squareMetres
                if !parcel.findings.isEmpty {
                    low += 1
                    lowArea += parcel.record.area.squareMetres
                }
                anyDemo = anyDemo || parcel.isDemo
            }
            self.parcels = parcels.count
            self.area = LandArea(squareMetres: area)
            lowEfficiency = low
            lowEfficiencyArea = LandArea(squareMetres: lowArea)
            self.anyDemo = anyDemo
        }
    }
}
