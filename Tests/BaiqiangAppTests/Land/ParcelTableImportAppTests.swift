import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// Parcels imported from CSV: all or nothing by default, the valid part with `partial`, refused
/// when they overlap a stored parcel of their town, and exported as CSV that imports back.
@Suite("Land: parcels from CSV, partial imports, overlaps, CSV export")
struct ParcelTableImportAppTests {
    static func square(_ lon: Double) -> String {
        let east = lon + 0.001
        return "\"POLYGON ((\(lon) 22.6, \(east) 22.6, \(east) 22.601, \(lon) 22.601, \(lon) 22.6))\""
    }

    static func csv(_ rows: [String]) -> Data {
        Data((["宗地编号,镇街,容积率,图形"] + rows).joined(separator: "\n").utf8)
    }

    static func snapshot(_ app: Application) async throws -> [String] {
        try await Parcel.query(on: app.db).sort(\.$number).all().map { "\($0.number):\($0.townCode ?? ""):\($0.plotRatio ?? -1)" }
    }

    @Test("One bad row leaves the parcels as they were; a clean file writes every row")
    func allOrNothing() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(Self.csv(["P1,gonghe,0.5,\(Self.square(112.80))"]), source: "a.csv", crs: nil)
            let before = try await Self.snapshot(app)
            let bad = Self.csv(["P1,gonghe,1.5,\(Self.square(112.80))", "P2,gonghe,0.7,\(Self.square(112.81))",
                                "P3,atlantis,0.7,\(Self.square(112.82))"])
            let error = await #expect(throws: ImportRejected.self) {
                try await LandAppTests.importer(app).run(bad, source: "b.csv", crs: nil)
            }
            #expect(error?.issues.map { "\($0.row):\($0.column ?? "")" } == ["4:镇街"])
            #expect(try await Self.snapshot(app) == before)
            let outcome = try await LandAppTests.importer(app).run(Self.csv(["P1,gonghe,1.5,\(Self.square(112.80))",
                                                                             "P2,gonghe,0.7,\(Self.square(112.81))"]), source: "c.csv", crs: nil)
            #expect(outcome.inserted == 1 && outcome.updated == 1 && outcome.rejected == 0 && outcome.rejectedFile == nil)
        }
    }

    @Test("With partial, the valid rows are written and the others returned with row, column and reason")
    func partial() async throws {
        try await withTestApp { app in
            let file = Self.csv(["P1,gonghe,0.5,\(Self.square(112.80))", "P2,atlantis,0.7,\(Self.square(112.81))",
                                 "P3,gonghe,0.7,POINT (1 2)"])
            let outcome = try await LandAppTests.importer(app).run(file, source: "p.csv", crs: nil, partial: true)
            #expect(outcome.read == 3 && outcome.inserted == 1 && outcome.rejected == 2)
            #expect(outcome.issues.map { "\($0.row):\($0.column ?? "")" } == ["3:镇街", "4:图形"])
            let rejected = String(decoding: try #require(outcome.rejectedFile), as: UTF8.self)
            #expect(rejected.contains("P2,atlantis") && rejected.contains("P3,gonghe") && !rejected.contains("P1,"))
            #expect(try await Self.snapshot(app) == ["P1:gonghe:0.5"])

            // A GeoJSON file's bad features are reported by index the same way.
            let geojson = LandAppTests.file([#"{"parcel_number":"G1","town":"shaping"}"#, #"{"parcel_number":"G2","town":"atlantis"}"#])
            let features = try await LandAppTests.importer(app).run(geojson, source: "g.geojson", crs: nil, partial: true)
            #expect(features.inserted == 1 && features.rejected == 1 && features.issues.map(\.row) == [2])
        }
    }

    @Test("A parcel overlapping a stored parcel of its town is refused; replacing the stored one itself is not")
    func overlapWithStored() async throws {
        try await withTestApp { app in
            _ = try await LandAppTests.importer(app).run(Self.csv(["P1,gonghe,0.5,\(Self.square(112.80))"]), source: "a.csv", crs: nil)
            let error = await #expect(throws: ImportRejected.self) {
                try await LandAppTests.importer(app).run(Self.csv(["Q1,gonghe,0.5,\(Self.square(112.8005))"]), source: "b.csv", crs: nil)
            }
            #expect(error?.issues.first?.column == "图形" && error?.issues.first?.reason.en.contains("P1") == true)
            // Another town's parcel may lie there (towns are checked apart), and P1 may be re-surveyed.
            let outcome = try await LandAppTests.importer(app).run(Self.csv(["Q1,shaping,0.5,\(Self.square(112.8005))",
                                                                             "P1,gonghe,0.6,\(Self.square(112.8001))"]), source: "c.csv", crs: nil)
            #expect(outcome.inserted == 1 && outcome.updated == 1)
        }
    }

    @Test("The CSV export imports back to the same parcels")
    func exportRoundTrip() async throws {
        try await withTestApp { app in
            let holder = CreditCode.completing("91440784MA4UABCD1")!
            _ = try await LandAppTests.importer(app).run(LandAppTests.file([
                #"{"parcel_number":"P1","town":"gonghe","holder_credit_code":"\#(holder)","supply_way":"出让","contracted_start":"2023-01-01","plot_ratio":0.7,"land_use":"=HYPERLINK(1)"}"#,
            ]), source: "f", crs: nil)
            let stored = try await Parcel.query(on: app.db).rows().compactMap(\.record)
            let csv = ParcelCSVWriter.csv(stored)
            #expect(String(decoding: csv, as: UTF8.self).contains("'=HYPERLINK(1)"))
            try await Parcel.query(on: app.db).delete()
            let outcome = try await LandAppTests.importer(app).run(Data(csv), source: "export.csv", crs: nil)
            #expect(outcome.inserted == 1)
            let back = try await Parcel.query(on: app.db).rows().compactMap(\.record)
            #expect(back.count == 1)
            var expected = try #require(stored.first), actual = try #require(back.first)
            #expect(abs(expected.area.squareMetres - actual.area.squareMetres) < 0.01)
            expected.area = actual.area
            actual.area = expected.area
            #expect(actual == expected)
        }
    }
}
