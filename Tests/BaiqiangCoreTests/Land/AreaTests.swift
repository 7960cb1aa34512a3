import Testing
@testable import BaiqiangCore

@Suite("Parcel areas on the ellipsoid, in m², mu and hectares")
struct AreaTests {
    /// A square `side` metres wide surveyed in EPSG:4547 with its south-west corner at
    /// `easting`, `northing`, converted to longitude-latitude.
    private func surveyedSquare(easting: Double, northing: Double, side: Double) throws -> ParcelGeometry {
        let system = try CoordinateSystem(epsg: 4547)
        let corners = [(0.0, 0.0), (side, 0), (side, side), (0, side), (0, 0)]
        return .polygon(Polygon(exterior: corners.map { system.geographic(Position(x: easting + $0.0, y: northing + $0.1)) }))
    }

    @Test("A 1 km square surveyed on the central meridian measures 1 km² on the ellipsoid")
    func onCentralMeridian() throws {
        let area = EllipsoidalArea.area(of: try surveyedSquare(easting: 499_500, northing: 2_500_000, side: 1000))
        #expect(abs(area.squareMetres - 1_000_000) < 1)
    }

    @Test("In Heshan, 123 km from the central meridian, the projection's scale makes the true area smaller")
    func awayFromCentralMeridian() throws {
        let area = EllipsoidalArea.area(of: try surveyedSquare(easting: 376_607, northing: 2_500_737, side: 100))
        // Gauss–Krüger scale there is about 1 + y²/2R² ≈ 1.000187, so the true area is 10000/k².
        #expect(abs(area.squareMetres - 9996.3) < 0.5, "\(area.squareMetres)")
    }

    @Test("Holes are taken away, and the ring's direction does not matter")
    func holes() throws {
        let outer = try surveyedSquare(easting: 499_500, northing: 2_500_000, side: 1000).polygons[0].exterior
        let hole = try surveyedSquare(easting: 499_600, northing: 2_500_100, side: 100).polygons[0].exterior
        let area = EllipsoidalArea.area(of: .polygon(Polygon(exterior: outer.reversed(), holes: [hole])))
        #expect(abs(area.squareMetres - 990_000) < 1)
    }

    @Test("1 ha is 15 mu; 1 mu is 666.67 m² rounded")
    func units() {
        #expect(abs(LandArea(hectares: 1).mu - 15) < 1e-9)
        #expect(abs(LandArea(mu: 1).squareMetres - 666.67) < 0.005)
        #expect(abs(LandArea(squareMetres: 13_333_000).hectares - 1333.3) < 1e-9)
    }

    @Test("A declared area may differ from the geometry's by 5% at most", arguments: [
        (10_500.0, true), (9_500.0, true), (10_501.0, false), (9_499.0, false),
    ])
    func declared(declared: Double, accepted: Bool) {
        let problem = DeclaredAreaCheck.problem(declared: LandArea(squareMetres: declared), computed: LandArea(squareMetres: 10_000))
        #expect((problem == nil) == accepted)
        if let problem { #expect(problem.zh.contains("超过 5%")) }
    }
}
