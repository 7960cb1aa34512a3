import Foundation
import Testing
@testable import BaiqiangCore

@Suite("GeoJSON parcels in and out (RFC 7946)")
struct GeoJSONTests {
    private let squareCoordinates = LandFixtures.square.map { ($0.longitude, $0.latitude) }

    @Test("A FeatureCollection's polygons, properties and declared CRS are read")
    func reads() throws {
        let data = LandFixtures.featureCollection(
            [LandFixtures.polygonFeature([squareCoordinates], properties: #"{"parcel_no":"440784-001","area_m2":11500.5}"#)],
            crs: "urn:ogc:def:crs:EPSG::4547")
        let collection = try GeoJSONReader.read(data)
        #expect(collection.declaredCRS == "urn:ogc:def:crs:EPSG::4547")
        #expect(collection.features.count == 1)
        #expect(collection.features[0].geometry == .polygon(Polygon(exterior: LandFixtures.square)))
        #expect(collection.features[0].properties["parcel_no"] == .string("440784-001"))
        #expect(collection.features[0].properties["area_m2"]?.numberValue == 11500.5)
    }

    @Test("Every broken feature is named by its 1-based index and field")
    func brokenFeatures() {
        let point = #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[112.8,22.6]}}"#
        let noGeometry = #"{"type":"Feature","properties":{}}"#
        let data = LandFixtures.featureCollection([LandFixtures.polygonFeature([squareCoordinates]), point, noGeometry])
        #expect(throws: GeoJSONError.self) { try GeoJSONReader.read(data) }
        do {
            _ = try GeoJSONReader.read(data)
        } catch {
            #expect(error.locatedIssues.map(\.row) == [2, 3])
            #expect(error.locatedIssues.allSatisfy { $0.column == "geometry" })
            #expect(error.message.zh.contains("第 2 个要素，字段“geometry”：图形类型“Point”不受支持"))
            #expect(error.message.en.contains("Feature 3, field 'geometry': the geometry is missing"))
        }
    }

    @Test("A file that is not a FeatureCollection is refused as a whole")
    func notACollection() {
        do {
            _ = try GeoJSONReader.read(Data(#"{"type":"Feature"}"#.utf8))
            Issue.record("accepted a lone Feature")
        } catch {
            #expect(error.fileProblem != nil)
        }
    }

    @Test("Validation names the feature whose ring is unclosed or outside the county")
    func validation() throws {
        var unclosed = squareCoordinates
        unclosed[unclosed.count - 1] = (112.8, 22.6005)
        let far = squareCoordinates.map { ($0.0 + 0.5, $0.1) }
        let data = LandFixtures.featureCollection([
            LandFixtures.polygonFeature([squareCoordinates]),
            LandFixtures.polygonFeature([unclosed]),
            LandFixtures.polygonFeature([far]),
        ])
        let collection = try GeoJSONReader.read(data)
        do {
            _ = try collection.validated(countyExtent: LandFixtures.heshanExtent)
            Issue.record("accepted broken geometry")
        } catch {
            #expect(error.locatedIssues.map(\.row) == [2, 3])
            #expect(error.locatedIssues[0].reason == GeometryProblem.unclosedRing(ring: 1).text)
            #expect(error.locatedIssues[1].reason.en.contains("outside the county"))
        }
    }

    @Test("Written parcels read back the same, exteriors counterclockwise and holes clockwise")
    func roundTrip() throws {
        let clockwise = Array(LandFixtures.square.reversed())
        let hole: Ring = [
            Position(longitude: 112.8002, latitude: 22.6002), Position(longitude: 112.8004, latitude: 22.6002),
            Position(longitude: 112.8004, latitude: 22.6004), Position(longitude: 112.8002, latitude: 22.6002),
        ]
        let features = [
            ParcelFeature(id: .string("p1"), geometry: .polygon(Polygon(exterior: clockwise, holes: [hole])),
                          properties: ["parcel_no": .string("鹤山\"01\""), "area_m2": .number(11500.25), "town": .null]),
            ParcelFeature(geometry: .multiPolygon([Polygon(exterior: LandFixtures.square)]), properties: [:]),
        ]
        let text = GeoJSONWriter.write(features)
        let back = try GeoJSONReader.read(Data(text.utf8))
        #expect(back.features.count == 2)
        #expect(back.features[0].properties == features[0].properties)
        #expect(back.features[0].id == .string("p1"))
        let rings = back.features[0].geometry.polygons[0].rings
        #expect(rings[0] == LandFixtures.square, "the clockwise exterior is written counterclockwise")
        #expect(rings[1] == Array(hole.reversed()), "the counterclockwise hole is written clockwise")
        #expect(back.features[1].geometry == features[1].geometry)
        #expect(GeoJSONWriter.write(features) == text, "the same parcels give the same file")
    }

    @Test("GDAL reads the written file (ogrinfo)",
          .enabled(if: LandFixtures.tool("ogrinfo") != nil, "ogrinfo is not installed (apt-get install gdal-bin): GDAL check skipped"))
    func gdalReadsExport() throws {
        let features = [
            ParcelFeature(geometry: .polygon(Polygon(exterior: LandFixtures.square)),
                          properties: ["parcel_no": .string("鹤山-001"), "area_m2": .number(11500)]),
            ParcelFeature(geometry: .polygon(Polygon(exterior: Array(LandFixtures.square.reversed()))),
                          properties: ["parcel_no": .string("鹤山-002"), "area_m2": .number(900.5)]),
        ]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parcels-\(UUID().uuidString).geojson")
        try GeoJSONWriter.write(features).write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let summary = try LandFixtures.run(LandFixtures.tool("ogrinfo")!, ["-al", "-so", url.path])
        #expect(summary.contains("Feature Count: 2"), "\(summary)")
        #expect(summary.contains("Geometry: Polygon"), "\(summary)")
        #expect(summary.contains("parcel_no: String"), "\(summary)")
        #expect(summary.contains("area_m2: Real"), "\(summary)")
        #expect(summary.contains("WGS 84"), "GDAL reads an RFC 7946 file as WGS 84 longitude-latitude: \(summary)")
    }
}
