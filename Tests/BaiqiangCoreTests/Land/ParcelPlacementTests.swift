import Foundation
import Testing
@testable import BaiqiangCore

/// The checks on where a parcel lies: in the county's extent, holes inside their exterior, a
/// swapped-axes hint, and no overlap with another parcel of its town beyond the tolerance.
@Suite("Parcel placement checks 宗地位置检查")
struct ParcelPlacementTests {
    static let extent = LandFixtures.heshanExtent

    static func rectangle(_ lon: Double, _ lat: Double, width: Double, height: Double) -> Ring {
        [Position(longitude: lon, latitude: lat), Position(longitude: lon + width, latitude: lat),
         Position(longitude: lon + width, latitude: lat + height), Position(longitude: lon, latitude: lat + height),
         Position(longitude: lon, latitude: lat)]
    }

    static func problems(_ ring: Ring, holes: [Ring] = []) -> [GeometryProblem] {
        GeometryValidation.problems(of: .polygon(Polygon(exterior: ring, holes: holes)), countyExtent: extent)
    }

    @Test("The county's extent: inside passes, wholly outside and straddling the edge are refused")
    func countyExtent() throws {
        #expect(Self.problems(Self.rectangle(112.451, 22.6, width: 0.001, height: 0.001)).isEmpty)
        let outside = Self.problems(Self.rectangle(112.40, 22.6, width: 0.001, height: 0.001))
        #expect(outside.count == 1 && { if case .outsideCounty = outside[0] { true } else { false } }())
        // Straddling the western edge at 112.45°E.
        let straddling = Self.problems(Self.rectangle(112.4495, 22.6, width: 0.001, height: 0.001))
        #expect(straddling.count == 1 && { if case .outsideCounty = straddling[0] { true } else { false } }())
        // Heshan's profile carries the extent the import checks against.
        #expect(try CountyProfile.heshan().extent == Self.extent)
    }

    @Test("A hole inside its exterior passes; one reaching outside is refused with its ring number")
    func holes() {
        let exterior = Self.rectangle(112.8, 22.6, width: 0.002, height: 0.002)
        let inside = Self.rectangle(112.8005, 22.6005, width: 0.0005, height: 0.0005)
        #expect(Self.problems(exterior, holes: [inside]).isEmpty)
        let poking = Self.rectangle(112.8015, 22.6005, width: 0.001, height: 0.0005)
        #expect(Self.problems(exterior, holes: [inside, poking]) == [.holeOutsideExterior(ring: 3)])
        let away = Self.rectangle(112.81, 22.61, width: 0.0005, height: 0.0005)
        #expect(Self.problems(exterior, holes: [away]) == [.holeOutsideExterior(ring: 2)])
    }

    @Test("Latitude written first gets the swapped-axes hint; other positions outside China do not")
    func swapped() {
        let swapped = LandFixtures.square.map { Position(x: $0.y, y: $0.x) }
        guard case .axesSwapped? = Self.problems(swapped).first else {
            Issue.record("no hint: \(Self.problems(swapped))")
            return
        }
        #expect(Self.problems(swapped).first?.text.en.contains("latitude first") == true)
        let projected = Self.rectangle(376_607, 2_500_737, width: 100, height: 100)
        guard case .outsideChina? = Self.problems(projected).first else {
            Issue.record("projected coordinates read as swapped: \(Self.problems(projected))")
            return
        }
    }

    /// Two 100 m squares (at 22.6°N, 0.001° is about 102.7 m east-west and 110.8 m north-south),
    /// the second moved east so that `overlap` degrees of longitude are shared.
    static func pair(overlap: Double, town: String = "gonghe", otherTown: String = "gonghe") -> [ParcelRecord] {
        [(112.8, town), (112.801 - overlap, otherTown)].enumerated().map { index, item in
            let geometry = ParcelGeometry.polygon(Polygon(exterior: rectangle(item.0, 22.6, width: 0.001, height: 0.001)))
            var record = ParcelRecord(number: "P\(index + 1)", geometry: geometry, area: EllipsoidalArea.area(of: geometry))
            record.townCode = item.1
            return record
        }
    }

    @Test("The overlap's area is measured: a shared strip, neighbours touching, one inside another")
    func intersectionArea() {
        let records = Self.pair(overlap: 0.0001)
        let strip = IntersectionArea.squareMetres(records[0].geometry, records[1].geometry)
        #expect(abs(strip - records[0].area.squareMetres / 10) < 1)
        let touching = Self.pair(overlap: 0)
        #expect(IntersectionArea.squareMetres(touching[0].geometry, touching[1].geometry) < 1e-6)
        let same = records[0].geometry
        #expect(abs(IntersectionArea.squareMetres(same, same) - records[0].area.squareMetres) < 0.01)
        let inner = ParcelGeometry.polygon(Polygon(exterior: Self.rectangle(112.8, 22.6, width: 0.0005, height: 0.0005)))
        #expect(abs(IntersectionArea.squareMetres(same, inner) - EllipsoidalArea.area(of: inner).squareMetres) < 0.01)
        #expect(abs(IntersectionArea.squareMetres(inner, same) - EllipsoidalArea.area(of: inner).squareMetres) < 0.01)
    }

    @Test("Overlap tolerance: 0.5% of the smaller parcel (about 57 m² here) passes, more is refused; other towns are not compared")
    func tolerance() {
        let area = Self.pair(overlap: 0)[0].area.squareMetres
        let tolerated = ParcelOverlap.tolerance(smaller: area)
        #expect(abs(tolerated - area * 0.005) < 1e-9)
        #expect(ParcelOverlap.tolerance(smaller: 50) == 1)
        // 0.4% and 0.6% of the width.
        #expect(ParcelOverlap.overlaps(among: Self.pair(overlap: 0.000004), stored: []).isEmpty)
        let found = ParcelOverlap.overlaps(among: Self.pair(overlap: 0.000006), stored: [])
        #expect(found.map(\.index) == [0] && found.first?.other == .candidate(1))
        #expect(ParcelOverlap.overlaps(among: Self.pair(overlap: 0.0005, otherTown: "shaping"), stored: []).isEmpty)
        let stored = Self.pair(overlap: 0.0005)
        let againstStored = ParcelOverlap.overlaps(among: [stored[1]], stored: [stored[0]])
        #expect(againstStored.first?.other == .stored("P1"))
    }

    @Test("The demo's parcels do not overlap within a town")
    func demo() {
        let towns = (try? CountyProfile.heshan().towns.map(\.code)) ?? []
        let records = DemoParcels.generate(towns: towns, holders: [:], today: LocalDate(iso: "2026-12-01")!, seed: 7)
        #expect(records.count == DemoParcels.defaultCount)
        #expect(ParcelOverlap.overlaps(among: records, stored: []).isEmpty)
    }
}
