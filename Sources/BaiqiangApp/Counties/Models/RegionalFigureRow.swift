import BaiqiangCore
import Fluent
import Foundation

/// A table that keeps published regional figures. A prefecture unit's figure and a reference
/// county's are the same thing, a regional figure, of a unit inside or outside the prefecture:
/// they share one row type and differ only in the table, whose figures it keeps (the
/// prefecture's or one county's) and what names the unit.
protocol RegionalFigureTable: Sendable {
    static var schema: String { get }
    /// Whose figures these are.
    static var ownerColumn: FieldKey { get }
    /// What names the unit a figure is of.
    static var unitColumn: FieldKey { get }
}

/// The published figures of a prefecture's county-level units. They are statistics of the
/// whole prefecture, read by every county of it, so they are keyed by the prefecture.
enum PrefectureFigures: RegionalFigureTable {
    static let schema = "regional_figures"
    static let ownerColumn: FieldKey = "prefecture_code"
    static let unitColumn: FieldKey = "unit_code"
}

/// The published figures of the reference counties one county chose, filed under each
/// county's name in its list: the county's own rows.
enum ReferenceCountyFigures: RegionalFigureTable {
    static let schema = "reference_county_figures"
    static let ownerColumn: FieldKey = "county_code"
    static let unitColumn: FieldKey = "reference_name"
}

/// One stored regional figure (区县统计数据), as Core's `RegionalFigure` describes it.
final class StoredRegionalFigure<Table: RegionalFigureTable>: Model, @unchecked Sendable {
    static var schema: String { Table.schema }

    @ID(key: .id) var id: UUID?
    /// The prefecture's code, or the county's that keeps the list.
    @Field(key: Table.ownerColumn) var owner: String
    @Field(key: Table.unitColumn) var unitCode: String
    @Field(key: "indicator") var indicator: String
    @Field(key: "period") var period: String
    @OptionalField(key: "value") var value: Double?
    @OptionalField(key: "growth_percent") var growthPercent: Double?
    @OptionalField(key: "publisher") var publisher: String?
    @OptionalField(key: "title") var title: String?
    @OptionalField(key: "published_on") var publishedOn: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "read_from_copy") var readFromCopy: Bool
    @OptionalField(key: "correction_reason") var correctionReason: String?
    /// False once a correction replaced it.
    @Field(key: "is_current") var isCurrent: Bool
    /// Generated for a demo (演示数据).
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    init(_ figure: RegionalFigure, owner: String, recordedBy: String, at: Date) {
        self.owner = owner
        unitCode = figure.unitCode
        indicator = figure.indicator.rawValue
        period = figure.period.description
        value = figure.value
        growthPercent = figure.growthPercent
        publisher = figure.citation?.publisher
        title = figure.citation?.title
        publishedOn = figure.citation?.date
        address = figure.citation?.address
        readFromCopy = figure.citation?.readFromCopy ?? false
        correctionReason = figure.correctionReason
        isCurrent = true
        isDemo = figure.isDemo
        self.recordedBy = recordedBy
        recordedAt = at
    }

    var figure: RegionalFigure? {
        guard let indicator = RegionalIndicator(rawValue: indicator), let period = StatisticalPeriod(text: period) else { return nil }
        let citation = publisher.map { Citation(publisher: $0, title: title, date: publishedOn, address: address, readFromCopy: readFromCopy) }
        var figure = RegionalFigure(unitCode: unitCode, indicator: indicator, period: period, value: value, growthPercent: growthPercent,
                                    citation: citation, correctionReason: correctionReason)
        figure.isDemo = isDemo
        return figure
    }
}

/// A prefecture unit's figure.
typealias RegionalFigureRow = StoredRegionalFigure<PrefectureFigures>
/// A reference county's figure, in the list of the county that keeps it.
typealias ReferenceFigureRow = StoredRegionalFigure<ReferenceCountyFigures>

extension StoredRegionalFigure where Table == PrefectureFigures {
    convenience init(_ figure: RegionalFigure, prefecture: String, recordedBy: String, at: Date) {
        self.init(figure, owner: prefecture, recordedBy: recordedBy, at: at)
    }
}

extension StoredRegionalFigure: CountyOwned where Table == ReferenceCountyFigures {
    var countyCode: String {
        get { owner }
        set { owner = newValue }
    }
}
