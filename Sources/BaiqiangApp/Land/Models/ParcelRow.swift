import BaiqiangCore
import Fluent

/// A parcel read straight from a query's rows, column by column. The map and the list read
/// thousands of parcels a request; building a Fluent model for each walks the model's
/// properties by reflection for every row, which cost more than the drawing itself.
struct ParcelRow: Sendable {
    var number: String
    var isDemo: Bool
    /// Nil only when the stored shape no longer parses: such a parcel is left out, not an error.
    var record: ParcelRecord?

    /// A required column that was empty.
    struct Missing: Error {
        var column: String
    }

    /// The stored columns a row is read from, in the order they are selected. The shape comes
    /// last, so that leaving it out moves no other column.
    enum Column: Int, CaseIterable {
        case number, isDemo, area, townCode, landUse, holder, supplyWay, supplyDate, contractedStart, contractedCompletion,
             actualStart, approvedNotSuppliedSince, committedInvestmentIntensity, committedTaxPerMu, committedPlotRatio,
             checkedInvestmentIntensity, checkedTaxPerMu, plotRatio, floorArea, declaredArea, geometry

        var name: String {
            switch self {
            case .number: "parcel_number"
            case .isDemo: "is_demo"
            case .area: "area_m2"
            case .townCode: "town_code"
            case .landUse: "land_use"
            case .holder: "holder_credit_code"
            case .supplyWay: "supply_way"
            case .supplyDate: "supply_date"
            case .contractedStart: "contracted_start"
            case .contractedCompletion: "contracted_completion"
            case .actualStart: "actual_start"
            case .approvedNotSuppliedSince: "approved_not_supplied_since"
            case .committedInvestmentIntensity: "committed_investment_intensity"
            case .committedTaxPerMu: "committed_tax_per_mu"
            case .committedPlotRatio: "committed_plot_ratio"
            case .checkedInvestmentIntensity: "checked_investment_intensity"
            case .checkedTaxPerMu: "checked_tax_per_mu"
            case .plotRatio: "plot_ratio"
            case .floorArea: "floor_area_m2"
            case .declaredArea: "declared_area_m2"
            case .geometry: "geometry"
            }
        }

        /// What a query selects, in order: with or without the shape.
        static func selected(shapes: Bool) -> [Column] {
            allCases.filter { shapes || $0 != .geometry }
        }
    }

    /// Reads a row whose cells are `Column.selected(shapes: shape)`, in that order (see
    /// `QueryBuilder.rows(shapes:)`). Without `shape`, the record's geometry is left empty.
    init(_ row: any RowCells, shape: Bool = true) throws {
        func text(_ column: Column) throws -> String? { try row.text(column.rawValue) }
        func figure(_ column: Column) throws -> Double? { try row.real(column.rawValue) }
        func date(_ column: Column) throws -> LocalDate? { try text(column).flatMap(LocalDate.init(iso:)) }
        func required<T>(_ value: T?, _ column: Column) throws -> T {
            guard let value else { throw Missing(column: column.name) }
            return value
        }
        self.number = try required(try text(.number), .number)
        self.isDemo = try required(try row.bool(Column.isDemo.rawValue), .isDemo)
        let geometry: ParcelGeometry
        if shape {
            guard case .success(let parsed) = GeoJSONGeometry.parse(text: try required(try text(.geometry), .geometry)) else {
                self.record = nil
                return
            }
            geometry = parsed
        } else {
            geometry = .multiPolygon([])
        }
        var record = ParcelRecord(number: number, geometry: geometry, area: LandArea(squareMetres: try required(try figure(.area), .area)))
        record.townCode = try text(.townCode)
        record.landUse = try text(.landUse)
        record.holderCreditCode = try text(.holder)
        record.supplyWay = try text(.supplyWay).flatMap(SupplyWay.init(rawValue:))
        record.supplyDate = try date(.supplyDate)
        record.contractedStart = try date(.contractedStart)
        record.contractedCompletion = try date(.contractedCompletion)
        record.actualStart = try date(.actualStart)
        record.approvedNotSuppliedSince = try date(.approvedNotSuppliedSince)
        record.committedInvestmentIntensityWan = try figure(.committedInvestmentIntensity)
        record.committedTaxPerMuWan = try figure(.committedTaxPerMu)
        record.committedPlotRatio = try figure(.committedPlotRatio)
        record.checkedInvestmentIntensityWan = try figure(.checkedInvestmentIntensity)
        record.checkedTaxPerMuWan = try figure(.checkedTaxPerMu)
        record.plotRatio = try figure(.plotRatio)
        record.floorAreaSquareMetres = try figure(.floorArea)
        record.declaredArea = try figure(.declaredArea).map { LandArea(squareMetres: $0) }
        record.isDemo = isDemo
        self.record = record
    }
}
