import Testing
@testable import BaiqiangCore

@Suite("Demo county: deterministic by seed (演示数据可复现)")
struct DemoDeterminismTests {
    @Test("The same seed gives the same county, firm by firm and month by month")
    func sameSeedSameCounty() throws {
        let a = try DemoCounty(seed: 42, firmCount: 2000)
        let b = try DemoCounty(seed: 42, firmCount: 2000)
        #expect(a.firms(in: a.indices) == b.firms(in: b.indices))
        #expect(a.firm(at: 1234).monthly() == b.firm(at: 1234).monthly())
    }

    @Test("A different seed gives a different county")
    func differentSeedDifferentCounty() throws {
        let a = try DemoCounty(seed: 1, firmCount: 500).firms(in: 7..<500)
        let b = try DemoCounty(seed: 2, firmCount: 500).firms(in: 7..<500)
        let sameName = zip(a, b).filter { $0.name == $1.name }.count
        let sameCode = zip(a, b).filter { $0.creditCode == $1.creditCode }.count
        let sameFigures = zip(a, b).filter { $0.yearly.map { $0[.revenueWan] } == $1.yearly.map { $0[.revenueWan] } }.count
        #expect(sameName < 10)
        #expect(sameCode == 0)
        #expect(sameFigures == 0)
    }

    @Test("A firm does not depend on the county's size or on the order it is made in")
    func randomAccess() async throws {
        let small = try DemoCounty(seed: 9, firmCount: 300)
        let large = try DemoCounty(seed: 9, firmCount: 100_000)
        #expect(small.firm(at: 299) == large.firm(at: 299))
        let backwards = (0..<300).reversed().map(small.firm(at:)).reversed()
        #expect(Array(backwards) == small.firms(in: small.indices))
        let parallel = await large.firmsConcurrently(in: 50_000..<51_000, parallelism: 3)
        #expect(parallel == large.firms(in: 50_000..<51_000))
    }

    @Test("Batches cover every index once")
    func batches() throws {
        let county = try DemoCounty(seed: 3, firmCount: 10_001)
        let batches = county.batches(of: 1000)
        #expect(batches.count == 11)
        #expect(batches.map(\.count).reduce(0, +) == 10_001)
        #expect(batches.last == 10_000..<10_001)
    }

    @Test("Firm counts outside 1…1,000,000 are refused", arguments: [0, -5, 1_000_001])
    func refusesCount(_ count: Int) {
        #expect(throws: DemoCounty.Invalid.self) { try DemoCounty(firmCount: count) }
    }
}
