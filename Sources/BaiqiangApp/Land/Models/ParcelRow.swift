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

    init(_ output: any DatabaseOutput) throws {
        let row = output.qualifiedSchema(space: nil, Parcel.schema)
        func text(_ key: FieldKey) throws -> String? { try row.decode(key, as: String?.self) }
        func figure(_ key: FieldKey) throws -> Double? { try row.decode(key, as: Double?.self) }
        self.number = try row.decode("parcel_number", as: String.self)
        self.isDemo = try row.decode("is_demo", as: Bool.self)
        guard case .success(let shape) = GeoJSONGeometry.parse(text: try row.decode("geometry", as: String.self)) else {
            self.record = nil
            return
        }
        var record = ParcelRecord(number: number, geometry: shape,
                                  area: LandArea(squareMetres: try row.decode("area_m2", as: Double.self)))
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
