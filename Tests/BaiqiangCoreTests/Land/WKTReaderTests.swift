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
