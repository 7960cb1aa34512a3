import Testing
@testable import BaiqiangCore

/// Parcels drawn for the map: projected into the window, simplified for the scale, never
/// dropped from the map.
@Suite("Parcel map paths 宗地地图")
struct MapPathTests {
    static let viewport = MapViewport(extent: GeoExtent(minLongitude: 112.79, maxLongitude: 112.81, minLatitude: 22.59, maxLatitude: 22.61))

    @Test("North-west corner is the origin; y grows southwards; metres are as long both ways")
    func projection() {
        let corner = Self.viewport.point(Position(longitude: 112.79, latitude: 22.61))
        #expect(abs(corner.x) < 1e-9 && abs(corner.y) < 1e-9)
        let south = Self.viewport.point(Position(longitude: 112.79, latitude: 22.60))
        #expect(south.y > 0)
        // 0.001° of latitude and 0.001°/cos(lat) of longitude are about the same length on the ground.
        let east = Self.viewport.point(Position(longitude: 112.79 + 0.001 / Self.viewport.shrink, latitude: 22.61))
        let down = Self.viewport.point(Position(longitude: 112.79, latitude: 22.609))
        #expect(abs(east.x - down.y) < 1e-6)
    }

    @Test("Points within the tolerance of a straight edge are dropped; corners stay")
    func simplification() {
        let line: [MapPath.Point] = [(0, 0), (5, 0.2), (10, 0), (10, 10)]
        #expect(MapPath.simplifyLine(line, tolerance: 0.5).count == 3)
        #expect(MapPath.simplifyLine(line, tolerance: 0.1).count == 4)
        let ring: [MapPath.Point] = [(0, 0), (10, 0), (10, 5), (10.1, 10), (0, 10), (0, 0)]
        #expect(MapPath.simplifyRing(ring, tolerance: 0.5).count == 5)
    }

    @Test("A parcel too small for the scale is drawn as a one-unit square, not lost")
    func tinyParcel() {
        let far = MapViewport(extent: GeoExtent(minLongitude: 112.45, maxLongitude: 113.06, minLatitude: 22.45, maxLatitude: 22.86), width: 100)
        let square = ParcelGeometry.polygon(Polygon(exterior: LandFixtures.square))
        #expect(MapPath.data(square, in: far).hasSuffix("h1v1h-1Z"))
        let near = MapPath.data(square, in: Self.viewport)
        #expect(near.hasPrefix("M") && near.hasSuffix("Z") && near.contains("l"))
    }

    @Test("Relative steps land on the rounded corners: drawn back, the path gives the simplified points")
    func relativeSteps() throws {
        let viewport = MapViewport(extent: GeoExtent(minLongitude: 112.7993, maxLongitude: 112.8017, minLatitude: 22.5993, maxLatitude: 22.6017))
        let square = ParcelGeometry.polygon(Polygon(exterior: LandFixtures.square))
        let path = MapPath.data(square, in: viewport)
        let numbers = Self.numbers(in: String(path.dropFirst().dropLast()))
        var x = numbers[0], y = numbers[1], drawn = [(x, y)]
        for index in stride(from: 2, to: numbers.count, by: 2) {
            x += numbers[index]; y += numbers[index + 1]
            drawn.append((x, y))
        }
        let expected = LandFixtures.square.dropLast().map(viewport.point)
        #expect(drawn.count == expected.count)
        for (point, corner) in zip(drawn, expected) {
            #expect(abs(point.0 - corner.x) <= 0.05 + 1e-9 && abs(point.1 - corner.y) <= 0.05 + 1e-9)
        }
        #expect(MapPath.tenthsText(-2) == "-.2" && MapPath.tenthsText(15) == "1.5" && MapPath.tenthsText(30) == "3")
    }

    /// The numbers of path data with its letters taken out: "12 3.4l-.5 6" gives 12, 3.4, -0.5, 6.
    static func numbers(in path: String) -> [Double] {
        var out: [Double] = [], current = ""
        for character in path {
            if character == "-" || character == " " || character.isLetter {
                if let value = Double(current) { out.append(value) }
                current = character == "-" ? "-" : ""
            } else {
                current.append(character)
            }
        }
        if let value = Double(current) { out.append(value) }
        return out
    }

    @Test("Zoom keeps the centre; pan moves by a share of the window; bbox intersection")
    func navigation() {
        let zoomed = Self.viewport.zoomed(by: 2)
        #expect(abs(zoomed.extent.maxLongitude - zoomed.extent.minLongitude - 0.01) < 1e-9)
        #expect(abs((zoomed.extent.minLongitude + zoomed.extent.maxLongitude) / 2 - 112.80) < 1e-9)
        let moved = Self.viewport.panned(dx: 0.5, dy: 0)
        #expect(abs(moved.extent.minLongitude - 112.80) < 1e-9)
        #expect(Self.viewport.intersects(GeoExtent(minLongitude: 112.805, maxLongitude: 112.9, minLatitude: 22.0, maxLatitude: 22.595)))
        #expect(!Self.viewport.intersects(GeoExtent(minLongitude: 112.82, maxLongitude: 112.9, minLatitude: 22.0, maxLatitude: 22.7)))
    }
}
