import BaiqiangCore

/// What the audit log keeps of a regional figure, a prefecture unit's or a reference
/// county's alike.
struct AuditedFigure: Encodable {
    var value: Double?
    var growthPercent: Double?
    var source: String?
    var correctionReason: String?

    init(_ figure: RegionalFigure) {
        value = figure.value
        growthPercent = figure.growthPercent
        source = figure.citation?.text.zh
        correctionReason = figure.correctionReason
    }

    init<Table>(_ row: StoredRegionalFigure<Table>) {
        value = row.value
        growthPercent = row.growthPercent
        source = row.figure?.citation?.text.zh
        correctionReason = row.correctionReason
    }
}
