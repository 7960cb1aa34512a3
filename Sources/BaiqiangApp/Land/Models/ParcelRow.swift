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

    /// The stored columns a row is read from (all but the id and the update time).
    static let columns = Parcel.columns.filter { $0 != "id" && $0 != "updated_at" }

    init(_ output: any DatabaseOutput) throws {
        let row = output.qualifiedSchema(space: nil, Parcel.schema)
        try self.init(ParcelColumnReader(
            text: { try row.decode(FieldKey(stringLiteral: $0), as: String?.self) },
            number: { try row.decode(FieldKey(stringLiteral: $0), as: Double?.self) },
            flag: { try row.decode(FieldKey(stringLiteral: $0), as: Bool.self) }))
    }

    /// Without `shape`, the record's geometry is left empty (see `QueryBuilder.rows(shapes:)`).
    init(_ row: ParcelColumnReader, shape: Bool = true) throws {
        func text(_ key: String) throws -> String? { try row.text(key) }
        func figure(_ key: String) throws -> Double? { try row.number(key) }
        func required<T>(_ value: T?, _ key: String) throws -> T {
            guard let value else { throw ParcelColumnReader.Missing(column: key) }
            return value
        }
        self.number = try required(try row.text("parcel_number"), "parcel_number")
        self.isDemo = try row.flag("is_demo")
        let geometry: ParcelGeometry
        if shape {
            guard case .success(let parsed) = GeoJSONGeometry.parse(text: try required(try row.text("geometry"), "geometry")) else {
                self.record = nil
                return
            }
            geometry = parsed
        } else {
            geometry = .multiPolygon([])
        }
        var record = ParcelRecord(number: number, geometry: geometry,
                                  area: LandArea(squareMetres: try required(try row.number("area_m2"), "area_m2")))
        record.townCode = try text("town_code")
        record.landUse = try text("land_use")
        record.holderCreditCode = try text("holder_credit_code")
        record.supplyWay = try text("supply_way").flatMap(SupplyWay.init(rawValue:))
        record.supplyDate = try text("supply_date").flatMap(LocalDate.init(iso:))
        record.contractedStart = try text("contracted_start").flatMap(LocalDate.init(iso:))
        record.contractedCompletion = try text("contracted_completion").flatMap(LocalDate.init(iso:))
        record.actualStart = try text("actual_start").flatMap(LocalDate.init(iso:))
        record.approvedNotSuppliedSince = try text("approved_not_supplied_since").flatMap(LocalDate.init(iso:))
        record.committedInvestmentIntensityWan = try figure("committed_investment_intensity")
        record.committedTaxPerMuWan = try figure("committed_tax_per_mu")
        record.committedPlotRatio = try figure("committed_plot_ratio")
        record.checkedInvestmentIntensityWan = try figure("checked_investment_intensity")
        record.checkedTaxPerMuWan = try figure("checked_tax_per_mu")
        record.plotRatio = try figure("plot_ratio")
        record.floorAreaSquareMetres = try figure("floor_area_m2")
        record.declaredArea = try figure("declared_area_m2").map { LandArea(squareMetres: $0) }
        record.isDemo = isDemo
        self.record = record
    }
}

/// How a parcel's columns are read, whichever way the row came: through Fluent, or straight
/// from SQLite's driver (see `QueryBuilder.rows`).
struct ParcelColumnReader {
    var text: (String) throws -> String?
    var number: (String) throws -> Double?
    var flag: (String) throws -> Bool

    struct Missing: Error {
        var column: String
    }
}
