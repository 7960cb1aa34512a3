import Foundation
import Testing
@testable import BaiqiangCore

/// Parcels tables (CSV, XLSX) read through the shared import framework: a geometry column as WKT
/// or GeoJSON, the other columns under English or Chinese headers, the same checks as GeoJSON,
/// and every problem by row and column.
@Suite("Parcels from CSV and XLSX 宗地表导入")
struct ParcelTableImportTests {
    static let wkt = "\"POLYGON ((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.601, 112.8 22.6))\""
    static let wktEast = "\"POLYGON ((112.81 22.6, 112.811 22.6, 112.811 22.601, 112.81 22.601, 112.81 22.6))\""
    static let towns: Set<String> = ["gonghe", "shaping"]

    static func batch(_ csv: String, extent: GeoExtent? = LandFixtures.heshanExtent) throws -> ParcelImportBatch {
        try ParcelImportBatch(ParcelFileContents.read(Data(csv.utf8)), countyExtent: extent, knownTowns: towns)
    }

    @Test("A CSV with English headers and WKT gives the same record a GeoJSON feature gives")
    func englishWKT() throws {
        let batch = try Self.batch("parcel_number,town,plot_ratio,supply_way,geometry\nP1,gonghe,0.7,出让,\(Self.wkt)\n")
        #expect(batch.isClean)
        let record = try #require(batch.records.first)
        #expect(record.number == "P1" && record.townCode == "gonghe" && record.plotRatio == 0.7 && record.supplyWay == .transfer)
        #expect(abs(record.area.squareMetres - 11_400) < 300)
    }

    @Test("Chinese headers and a GeoJSON geometry column are read too")
    func chineseGeoJSON() throws {
        let geometry = "\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[112.8,22.6],[112.801,22.6],[112.801,22.601],[112.8,22.601],[112.8,22.6]]]}\""
        let batch = try Self.batch("宗地编号,镇街,容积率,图形\nP1,gonghe,1.2,\(geometry)\n")
        #expect(batch.isClean)
        #expect(batch.records.first?.plotRatio == 1.2)
    }

    @Test("An XLSX workbook with the same columns is read")
    func xlsx() throws {
        var sheet = XLSXWriter()
        sheet.appendRow([.text("宗地编号"), .text("镇街"), .text("容积率"), .text("WKT")])
        sheet.appendRow([.text("X1"), .text("shaping"), .number(0.8),
                         .text("POLYGON ((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.601, 112.8 22.6))")])
        let contents = try ParcelFileContents.read(Data(try sheet.bytes()))
        #expect(contents.format == .xlsx)
        let batch = try ParcelImportBatch(contents, countyExtent: LandFixtures.heshanExtent, knownTowns: Self.towns)
        #expect(batch.records.map(\.number) == ["X1"] && batch.records.first?.plotRatio == 0.8)
    }

    @Test("A date cell of an XLSX workbook, a day number since 1899-12-30, is the day it shows")
    func xlsxSerialDates() throws {
        var sheet = XLSXWriter()
        sheet.appendRow([.text("宗地编号"), .text("镇街"), .text("供地日期"), .text("约定动工日期"), .text("WKT")])
        sheet.appendRow([.text("X1"), .text("shaping"), .integer(45_000), .number(45_351.75),
                         .text("POLYGON ((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.601, 112.8 22.6))")])
        sheet.appendRow([.text("X2"), .text("shaping"), .integer(12), .text("2024-02-29"),
                         .text("POLYGON ((112.81 22.6, 112.811 22.6, 112.811 22.601, 112.81 22.601, 112.81 22.6))")])
        let batch = try ParcelImportBatch(try ParcelFileContents.read(Data(try sheet.bytes())),
                                          countyExtent: LandFixtures.heshanExtent, knownTowns: Self.towns)
        let record = try #require(batch.records.first)
        #expect(record.supplyDate?.description == "2023-03-15")
        #expect(record.contractedStart?.description == "2024-02-29")
        // A small number is a count, not a day of 1900: refused with the column named.
        #expect(batch.records.map(\.number) == ["X1"])
        #expect(batch.issues.map { "\($0.row):\($0.column ?? "")" } == ["3:供地日期"])
    }

    @Test("Every problem is named by row, column as written, and reason; nothing is accepted from a bad row")
    func errorsByRowAndColumn() throws {
        let csv = """
            宗地编号,镇街,容积率,图形
            P1,gonghe,0.7,\(Self.wkt)
            P2,atlantis,0.7,\(Self.wktEast)
            P3,gonghe,lots,\(Self.wktEast)
            P4,gonghe,0.7,POINT (1 2)
            P5,gonghe,0.7,"POLYGON ((112.8 22.6, 112.801 22.601, 112.801 22.6, 112.8 22.601, 112.8 22.6))"

            """
        let batch = try Self.batch(csv)
        #expect(!batch.isClean)
        #expect(batch.records.map(\.number) == ["P1"])
        #expect(batch.issues.map { "\($0.row):\($0.column ?? "")" } == ["3:镇街", "4:容积率", "5:图形", "6:图形"])
        #expect(batch.issues[3].reason.en.contains("intersects itself"))
        #expect(batch.rejection is ImportRejected)
    }

    @Test("A missing geometry column or a repeated parcel number is refused")
    func headerAndDuplicates() throws {
        #expect(throws: ImportHeaderError.self) { try Self.batch("parcel_number,town\nP1,gonghe\n") }
        let batch = try Self.batch("parcel_number,town,geometry\nP1,gonghe,\(Self.wkt)\nP1,gonghe,\(Self.wktEast)\n")
        #expect(batch.records.isEmpty && Set(batch.issues.map(\.row)) == [2, 3])
    }

    @Test("--crs converts a table's Gauss-Kruger coordinates as it does GeoJSON's")
    func crs() throws {
        let system = try CoordinateSystem(parsing: "EPSG:4547")
        // PROJ's projection of 112.8°E 22.6°N (see `CoordinateSystemTests`).
        let corner = Position(x: 376_607.041982, y: 2_500_737.711779)
        let ring = [(0.0, 0.0), (100, 0), (100, 100), (0, 100), (0, 0)].map { "\(corner.x + $0.0) \(corner.y + $0.1)" }
        let csv = "parcel_number,town,geometry\nGK,gonghe,\"POLYGON ((\(ring.joined(separator: ", "))))\"\n"
        let batch = try ParcelImportBatch(ParcelFileContents.read(Data(csv.utf8)), coordinateSystem: system,
                                          countyExtent: LandFixtures.heshanExtent, knownTowns: Self.towns)
        let first = try #require(batch.records.first?.geometry.polygons.first?.exterior.first)
        #expect(abs(first.longitude - 112.8) < 1e-6 && abs(first.latitude - 22.6) < 1e-6)
        #expect(abs((batch.records.first?.area.squareMetres ?? 0) - 10_000) < 20)
    }

    @Test("The template is a header the import accepts and an example row that imports")
    func template() throws {
        let batch = try ParcelImportBatch(ParcelFileContents.read(Data(ParcelTableFile.template())),
                                          countyExtent: LandFixtures.heshanExtent, knownTowns: ["gonghe"])
        #expect(batch.isClean && batch.records.count == 1)
    }

    @Test("The CSV export reads back as the same parcels; a formula-like cell is neutralised")
    func csvRoundTrip() throws {
        var record = try #require(try Self.batch("parcel_number,town,plot_ratio,land_use,geometry\nP1,gonghe,0.7,=1+1,\(Self.wkt)\n").records.first)
        record.contractedStart = LocalDate(iso: "2023-01-01")
        let csv = ParcelCSVWriter.csv([record])
        #expect(String(decoding: csv, as: UTF8.self).contains(",'=1+1,"))
        let back = try #require(try ParcelImportBatch(ParcelFileContents.read(Data(csv)), knownTowns: Self.towns).records.first)
        #expect(back.number == record.number && back.landUse == "=1+1" && back.contractedStart == record.contractedStart)
        #expect(back.geometry == record.geometry && abs(back.area.squareMetres - record.area.squareMetres) < 0.01)
    }
}
