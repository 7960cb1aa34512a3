import Testing
@testable import BaiqiangCore

@Suite("Parcel geometry checks (图形检查)")
struct GeometryValidationTests {
    private func problems(_ ring: Ring, county: GeoExtent? = nil) -> [GeometryProblem] {
        GeometryValidation.problems(of: .polygon(Polygon(exterior: ring)), countyExtent: county)
    }

    @Test("A closed square in Heshan passes")
    func valid() {
        #expect(problems(LandFixtures.square, county: LandFixtures.heshanExtent).isEmpty)
    }

    @Test("A ring whose last position is not its first is refused as unclosed")
    func unclosed() {
        var ring = LandFixtures.square
        ring[ring.count - 1] = Position(longitude: 112.8, latitude: 22.6005)
        #expect(problems(ring) == [.unclosedRing(ring: 1)])
    }

    @Test("A ring of fewer than 4 positions is refused")
    func tooFew() {
        let ring = [LandFixtures.square[0], LandFixtures.square[1], LandFixtures.square[0]]
        #expect(problems(ring) == [.tooFewPositions(ring: 1, count: 3)])
    }

    @Test("A bow-tie ring is refused as self-intersecting")
    func bowTie() {
        let ring: Ring = [
            Position(longitude: 112.800, latitude: 22.600), Position(longitude: 112.801, latitude: 22.601),
            Position(longitude: 112.801, latitude: 22.600), Position(longitude: 112.800, latitude: 22.601),
            Position(longitude: 112.800, latitude: 22.600),
        ]
        guard case .selfIntersecting(ring: 1, _)? = problems(ring).first else {
            Issue.record("a bow tie was accepted: \(problems(ring))")
            return
        }
    }

    @Test("A ring that touches itself at a corner, or folds back on an edge, is self-intersecting")
    func touching() {
        // A figure eight through (112.801, 22.601) visited twice.
        let eight: Ring = [
            Position(longitude: 112.800, latitude: 22.600), Position(longitude: 112.801, latitude: 22.600),
            Position(longitude: 112.801, latitude: 22.601), Position(longitude: 112.802, latitude: 22.601),
            Position(longitude: 112.802, latitude: 22.602), Position(longitude: 112.801, latitude: 22.602),
            Position(longitude: 112.801, latitude: 22.601), Position(longitude: 112.800, latitude: 22.601),
            Position(longitude: 112.800, latitude: 22.600),
        ]
        #expect(problems(eight).contains { if case .selfIntersecting = $0 { true } else { false } })
        // A spike: out along an edge and straight back.
        let spike: Ring = [
            Position(longitude: 112.800, latitude: 22.600), Position(longitude: 112.802, latitude: 22.600),
            Position(longitude: 112.801, latitude: 22.600), Position(longitude: 112.801, latitude: 22.601),
            Position(longitude: 112.800, latitude: 22.600),
        ]
        #expect(problems(spike).contains { if case .selfIntersecting = $0 { true } else { false } })
    }

    @Test("A repeated position one after the other is not an intersection")
    func repeatedVertex() {
        var ring = LandFixtures.square
        ring.insert(ring[1], at: 1)
        #expect(problems(ring).isEmpty)
    }

    @Test("Swapped longitude and latitude lie outside China, with a hint that they are swapped")
    func outsideChina() {
        let swapped = LandFixtures.square.map { Position(longitude: $0.latitude, latitude: $0.longitude) }
        #expect(problems(swapped) == [.axesSwapped(swapped[0])])
        let east = LandFixtures.square.map { Position(longitude: $0.longitude + 23.5, latitude: $0.latitude) }
        #expect(problems(east) == [.outsideChina(east[0])], "136.3°E is past China's eastern edge")
    }

    @Test("A parcel in Guangzhou lies outside Heshan's extent")
    func outsideCounty() {
        let guangzhou = LandFixtures.square.map { Position(longitude: $0.longitude + 0.5, latitude: $0.latitude + 0.5) }
        #expect(problems(guangzhou).isEmpty)
        #expect(problems(guangzhou, county: LandFixtures.heshanExtent) == [.outsideCounty(guangzhou[0], LandFixtures.heshanExtent)])
    }

    @Test("Holes are checked like the exterior and numbered after it")
    func holes() {
        let hole: Ring = [
            Position(longitude: 112.8002, latitude: 22.6002), Position(longitude: 112.8004, latitude: 22.6004),
            Position(longitude: 112.8004, latitude: 22.6002),
        ]
        let geometry = ParcelGeometry.polygon(Polygon(exterior: LandFixtures.square, holes: [hole]))
        #expect(GeometryValidation.problems(of: geometry) == [.tooFewPositions(ring: 2, count: 3)])
    }

    @Test("Messages are bilingual and say which ring")
    func messages() {
        let text = GeometryProblem.unclosedRing(ring: 2).text
        #expect(text.zh.contains("第 2 个环未闭合"))
        #expect(text.en.contains("ring 2 is not closed"))
    }
}
