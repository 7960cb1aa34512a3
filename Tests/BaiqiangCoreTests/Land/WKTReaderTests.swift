import Testing
@testable import BaiqiangCore

@Suite("WKT geometry in table imports")
struct WKTReaderTests {
    @Test("POLYGON with a hole, any case, Z ordinates dropped")
    func polygon() throws {
        let text = "polygon z ((0 0 5, 10 0 5, 10 10 5, 0 10 5, 0 0 5), (2 2 1, 2 4 1, 4 4 1, 2 2 1))"
        let geometry = try WKTReader.read(text).get()
        #expect(geometry.polygons.count == 1)
        #expect(geometry.polygons[0].rings.count == 2)
        #expect(geometry.polygons[0].exterior[1] == Position(x: 10, y: 0))
    }

    @Test("MULTIPOLYGON with an SRID prefix")
    func multiPolygon() throws {
        let text = "SRID=4490;MULTIPOLYGON (((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.6)), ((1 1, 2 1, 2 2, 1 1)))"
        guard case .multiPolygon(let polygons) = try WKTReader.read(text).get() else {
            Issue.record("not a multipolygon")
            return
        }
        #expect(polygons.count == 2)
        #expect(polygons[0].exterior.first == Position(longitude: 112.8, latitude: 22.6))
    }

    @Test("Other geometries and broken text are refused with a reason", arguments: [
        "POINT (1 2)", "POLYGON ((0 0, 1 0, 1 1, 0 0)", "POLYGON ((0 0, 1 x, 1 1, 0 0))", "", "POLYGON ((0 0, 1 0, 1 1, 0 0)) extra",
    ])
    func refused(text: String) {
        guard case .failure(.badWKT(let detail)) = WKTReader.read(text) else {
            Issue.record("accepted “\(text)”")
            return
        }
        #expect(!detail.isEmpty)
    }
}

@Suite("WKT: limits on hostile text, the writer, and telling WKT from GeoJSON in a cell")
struct WKTLimitsTests {
    @Test("Text past the length, position or ring caps fails its own cell with a reason")
    func caps() {
        let long = "POLYGON ((" + String(repeating: "1 ", count: WKTReader.maxLength / 2 + 1) + "))"
        #expect(WKTReader.read(long) == .failure(.badWKT("longer than \(WKTReader.maxLength) bytes")))
        let many = "POLYGON ((" + Array(repeating: "1 2", count: WKTReader.maxPositions + 1).joined(separator: ",") + "))"
        guard case .failure(.badWKT(let detail)) = WKTReader.read(many) else { Issue.record("accepted"); return }
        #expect(detail.contains("positions"))
        let rings = "POLYGON (" + Array(repeating: "(0 0)", count: WKTReader.maxRings + 1).joined(separator: ",") + ")"
        guard case .failure(.badWKT(let ringDetail)) = WKTReader.read(rings) else { Issue.record("accepted"); return }
        #expect(ringDetail.contains("rings"))
    }

    @Test("Deep nesting and endless numbers are refused at once, not read", arguments: [
        "POLYGON " + String(repeating: "(", count: 100_000), "POLYGON ((" + String(repeating: "9", count: 10_000) + " 1))",
        "POLYGON ((1 2 3 4 5, 1 1, 2 2, 1 2))",
    ])
    func hostile(text: String) {
        guard case .failure(.badWKT) = WKTReader.read(text) else {
            Issue.record("accepted")
            return
        }
    }

    @Test("The writer's text reads back to the same shape, exterior counterclockwise")
    func roundTrip() throws {
        let clockwise = Polygon(exterior: LandFixtures.square.reversed(), holes: [])
        let geometry = ParcelGeometry.multiPolygon([clockwise, Polygon(exterior: LandFixtures.square.map {
            Position(x: $0.x + 0.01, y: $0.y) })])
        let text = WKTWriter.text(geometry)
        #expect(text.hasPrefix("MULTIPOLYGON (((112.8 22.6, 112.801 22.6, "))
        let back = try WKTReader.read(text).get()
        #expect(back.polygons.count == 2)
        #expect(back.polygons[0].exterior == LandFixtures.square)
    }

    @Test("A cell starting with { is read as a GeoJSON geometry, anything else as WKT; deep JSON is refused unread")
    func detect() throws {
        let json = #"{"type":"Polygon","coordinates":[[[112.8,22.6],[112.801,22.6],[112.801,22.601],[112.8,22.6]]]}"#
        #expect(try GeometryText.parse("  " + json).get().polygons[0].exterior.count == 4)
        #expect(try GeometryText.parse("POLYGON ((112.8 22.6, 112.801 22.6, 112.801 22.601, 112.8 22.6))").get().polygons.count == 1)
        let deep = "{\"type\":\"Polygon\",\"coordinates\":" + String(repeating: "[", count: 50_000) + "}"
        #expect(GeometryText.parse(deep) == .failure(.badCoordinates))
    }
}
