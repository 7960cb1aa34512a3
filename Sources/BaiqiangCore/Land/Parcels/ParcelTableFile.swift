import Foundation

/// A parcels table (宗地表), CSV or XLSX through the shared import framework: one column of
/// geometry, as WKT or as a GeoJSON geometry object, and the other columns as a GeoJSON file's
/// properties, under their English key or Chinese header. Each row becomes a feature, checked
/// afterwards exactly as a GeoJSON file's features are (`ParcelImportCheck`).
public enum ParcelTableFile {
    public static let geometryKey = "geometry"
    /// The geometry's area as the export writes it: informative, recomputed on import.
    public static let areaKey = "area_m2"

    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "宗地表", en: "Parcels table"),
        columns: ParcelField.allCases.map { field in
            ImportColumn(field.rawValue, chinese: [field.chinese], required: field == .number, kind: field.importKind)
        } + [
            ImportColumn(areaKey, chinese: ["图形面积", "图形面积(平方米)"], required: false, kind: .nonNegativeDecimal),
            ImportColumn(geometryKey, chinese: ["图形", "几何图形", "空间信息", "wkt", "geom", "the_geom", "wkt_geom"],
                         required: true, kind: .text(nonEmpty: true, field: .note)),
        ],
        keyColumns: [ParcelField.number.rawValue])

    /// No industry, town or year is checked by the framework here: the parcel checks do that.
    static let reference = ImportReferenceData(industries: emptyIndustries, towns: nil)
    private static let emptyIndustries: IndustryClassification = {
        do { return try IndustryClassification(categories: []) } catch { fatalError("an empty industry table: \(error)") }
    }()

    public static func parse(_ table: TableReader) throws -> ImportParseResult<ParcelTableRow> {
        try ImportParser.parse(table, as: ParcelTableDecoder.self, spec: spec, reference: reference)
    }

    /// A template to fill in: the English header row and one example row (a 100 m square in
    /// 共和镇 as WKT).
    public static func template() -> [UInt8] {
        var writer = CSVWriter()
        for name in spec.englishHeader { writer.field(name) }
        writer.endRecord()
        let example: [String: String] = [
            ParcelField.number.rawValue: "440784-GH-0001", ParcelField.town.rawValue: "gonghe",
            ParcelField.landUse.rawValue: "工业用地", ParcelField.supplyWay.rawValue: "出让",
            ParcelField.supplyDate.rawValue: "2021-03-15", ParcelField.contractedStart.rawValue: "2021-09-15",
            ParcelField.contractedCompletion.rawValue: "2023-09-15", ParcelField.plotRatio.rawValue: "1.2",
            geometryKey: "POLYGON ((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.601, 112.8 22.6))",
        ]
        for column in spec.columns { writer.field(example[column.key] ?? "") }
        writer.endRecord()
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }
}

extension ParcelField {
    var importKind: ImportValueKind {
        switch self {
        case .committedInvestmentIntensity, .committedTaxPerMu, .committedPlotRatio, .checkedInvestmentIntensity,
             .checkedTaxPerMu, .plotRatio, .floorArea, .declaredArea:
            .nonNegativeDecimal
        case .holderCreditCode: .creditCode
        case .town: .town
        case .isDemo: .boolean
        default: .text(nonEmpty: self == .number, field: .name)
        }
    }
}

/// One row of a parcels table: the feature it describes, and its cells as written for a
/// rejected-rows file.
public struct ParcelTableRow: Sendable {
    public var feature: ParcelFeature
    public var cells: [String]
}

/// Reads a parcels-table row into a feature: the geometry parsed, every other cell kept as text
/// for `ParcelRecordReader`, which types and checks it as it does a GeoJSON property.
public struct ParcelTableDecoder: ImportRecordDecoder {
    let number: ImportColumnRef?
    let geometry: ImportColumnRef?
    let properties: [(ParcelField, ImportColumnRef)]

    public init(mapping: HeaderMapping) {
        number = mapping.column(ParcelField.number.rawValue)
        geometry = mapping.column(ParcelTableFile.geometryKey)
        properties = ParcelField.allCases.compactMap { field in mapping.column(field.rawValue).map { (field, $0) } }
    }

    public func decode(_ row: inout RowReader) -> ParcelTableRow? {
        _ = row.requiredText(number, .name)
        var values: [String: JSONValue] = [:]
        for (field, column) in properties {
            if let text = row.optionalText(column, .name) { values[field.rawValue] = .string(text) }
        }
        let shape = readGeometry(&row)
        guard let shape, !row.hasIssues else { return nil }
        return ParcelTableRow(feature: ParcelFeature(geometry: shape, properties: values), cells: row.cells.strings)
    }

    private func readGeometry(_ row: inout RowReader) -> ParcelGeometry? {
        guard let geometry, !row.isEmpty(geometry) else {
            row.report(geometry, BilingualText(zh: "缺少图形", en: "the geometry is missing"))
            return nil
        }
        let length = row.cells.withBytes(geometry.position) { $0.count }
        guard length <= GeometryText.maxLength else {
            row.report(geometry, GeometryFormatProblem.tooLong(GeometryText.maxLength).text)
            return nil
        }
        switch GeometryText.parse(row.text(geometry)) {
        case .success(let shape): return shape
        case .failure(let problem):
            row.report(geometry, problem.text)
            return nil
        }
    }

    public func key(of record: ParcelTableRow) -> String {
        record.feature.properties[ParcelField.number.rawValue]?.stringValue ?? ""
    }

    public func describe(_ key: String) -> String { key }
}
