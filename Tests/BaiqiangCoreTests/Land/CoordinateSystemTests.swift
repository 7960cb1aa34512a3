import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Coordinate systems: CGCS2000 Gauss–Krüger to longitude-latitude")
struct CoordinateSystemTests {
    /// Metres between two nearby longitude-latitude positions (local flat approximation, ample
    /// for distances of centimetres).
    static func metres(_ a: Position, _ b: Position) -> Double {
        let metresPerDegree = 111_320.0
        let dy = (a.latitude - b.latitude) * metresPerDegree
        let dx = (a.longitude - b.longitude) * metresPerDegree * cos(a.latitude * .pi / 180)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Points projected by PROJ 9 (`cs2cs EPSG:4490 EPSG:45xx`), kept so the conversion is
    /// checked on machines without PROJ: (EPSG, easting, northing, longitude, latitude).
    static let references: [(Int, Double, Double, Double, Double)] = [
        (4547, 376_607.041982, 2_500_737.711779, 112.8, 22.6),
        (4547, 340_439.6715, 2_484_454.8025, 112.45, 22.45),
        (4547, 403_526.6734, 2_529_341.0069, 113.06, 22.86),
        (4545, 354_541.9503, 3_265_627.0070, 106.5, 29.5),
        (4551, 549_021.1749, 5_068_491.7602, 126.63, 45.75),
    ]

    @Test("Surveyed points convert to within a centimetre of PROJ's answer")
    func references() throws {
        for (epsg, easting, northing, longitude, latitude) in Self.references {
            let system = try CoordinateSystem(epsg: epsg)
            let converted = system.geographic(Position(x: easting, y: northing))
            let distance = Self.metres(converted, Position(longitude: longitude, latitude: latitude))
            #expect(distance < 0.01, "EPSG:\(epsg) \(easting) \(northing) → \(converted), \(distance) m off")
        }
    }

    @Test("Each 3-degree zone has its own central meridian: 4534 is 75°E, 4547 is 114°E, 4554 is 135°E")
    func zones() throws {
        #expect(try CoordinateSystem(epsg: 4534) == .gaussKruger3Degree(epsg: 4534, centralMeridian: 75))
        #expect(try CoordinateSystem(epsg: 4547) == .gaussKruger3Degree(epsg: 4547, centralMeridian: 114))
        #expect(try CoordinateSystem(epsg: 4554) == .gaussKruger3Degree(epsg: 4554, centralMeridian: 135))
        let onMeridian = try CoordinateSystem(epsg: 4547).geographic(Position(x: 500_000, y: 0))
        #expect(onMeridian == Position(longitude: 114, latitude: 0))
    }

    @Test("Longitude-latitude systems pass through unchanged; other codes are refused")
    func accepted() throws {
        let p = Position(longitude: 112.8, latitude: 22.6)
        #expect(try CoordinateSystem(parsing: "EPSG:4326").geographic(p) == p)
        #expect(try CoordinateSystem(parsing: "urn:ogc:def:crs:EPSG::4490").geographic(p) == p)
        #expect(try CoordinateSystem(parsing: "urn:ogc:def:crs:OGC:1.3:CRS84") == .geographic(epsg: 4326))
        #expect(try CoordinateSystem(parsing: "epsg:4547").epsg == 4547)
        for text in ["EPSG:3857", "EPSG:4533", "EPSG:4555", "EPSG:4479", "GCJ-02", "", "EPSG:45470000"] {
            #expect(throws: CoordinateSystemError.unknown(text)) { try CoordinateSystem(parsing: text) }
        }
        #expect(CoordinateSystemError.unknown("EPSG:3857").message.zh.contains("不支持的坐标系"))
    }

    @Test("A projected GeoJSON file is converted from the CRS it declares, then checked")
    func projectedFile() throws {
        let (_, easting, northing, longitude, latitude) = Self.references[0]
        let ring = [(easting, northing), (easting + 100, northing), (easting + 100, northing + 100), (easting, northing)]
        let data = LandFixtures.featureCollection([LandFixtures.polygonFeature([ring])], crs: "urn:ogc:def:crs:EPSG::4547")
        let collection = try ParcelGeoJSONImport.read(data, countyExtent: LandFixtures.heshanExtent)
        let first = collection.features[0].geometry.polygons[0].exterior[0]
        #expect(Self.metres(first, Position(longitude: longitude, latitude: latitude)) < 0.01)
        // Read as degrees, the same numbers lie nowhere near China.
        #expect(throws: GeoJSONError.self) {
            try ParcelGeoJSONImport.read(data, coordinateSystem: .geographic(epsg: 4326))
        }
        #expect(throws: CoordinateSystemError.unknown("EPSG:3857")) {
            try ParcelGeoJSONImport.read(LandFixtures.featureCollection([LandFixtures.polygonFeature([ring])], crs: "EPSG:3857"))
        }
    }

    @Test("A grid across Heshan agrees with cs2cs to within 0.1 m",
          .enabled(if: LandFixtures.tool("cs2cs") != nil, "cs2cs is not installed (apt-get install proj-bin): PROJ comparison skipped"))
    func agreesWithPROJ() throws {
        // Heshan in EPSG:4547 is roughly easting 340–404 km, northing 2484–2530 km.
        var grid: [Position] = []
        for easting in stride(from: 338_000.0, through: 406_000, by: 8_500) {
            for northing in stride(from: 2_482_000.0, through: 2_532_000, by: 6_250) {
                grid.append(Position(x: easting, y: northing))
            }
        }
        // EPSG:4547 is northing first and EPSG:4490 latitude first, as PROJ reads them.
        let input = grid.map { "\($0.y) \($0.x)\n" }.joined()
        let output = try LandFixtures.run(LandFixtures.tool("cs2cs")!, ["-f", "%.10f", "EPSG:4547", "EPSG:4490"], input: input)
        let lines = output.split(separator: "\n")
        #expect(lines.count == grid.count)
        let system = try CoordinateSystem(epsg: 4547)
        var worst = 0.0
        for (point, line) in zip(grid, lines) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) }
            guard fields.count >= 2 else { Issue.record("cs2cs answered “\(line)”"); continue }
            let proj = Position(longitude: fields[1], latitude: fields[0])
            worst = max(worst, Self.metres(system.geographic(point), proj))
        }
        #expect(worst < 0.1, "the worst point is \(worst) m from PROJ")
    }
}
