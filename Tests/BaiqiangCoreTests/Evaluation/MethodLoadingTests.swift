import Testing
@testable import BaiqiangCore

@Suite struct MethodLoadingTests {
    @Test func bundledMethodsAreListed() {
        #expect(EvaluationMethods.bundledNames.contains("zhejiang-6"))
        #expect(EvaluationMethods.bundledNames.contains("huangyan-2022"))
    }

    @Test func zhejiangLoadsWithAggregateBenchmarks() throws {
        let method = try EvaluationMethods.bundled("zhejiang-6")
        #expect(method.id == "zhejiang-6")
        #expect(method.groups.map(\.scale) == [.above, .below])
        #expect(method.groups[0].indicators.map(\.weight) == [30, 20, 20, 10, 10, 10])
        #expect(method.groups[1].indicators.map(\.weight) == [50, 50])
        #expect(method.groups.flatMap(\.indicators).allSatisfy { $0.benchmark == .aggregate })
        #expect(method.groups[1].minLandMu == 3)
        #expect(method.classRules.map(\.id) == ["veto", "protection"])
    }

    @Test func huangyanUsesPublishedBenchmarks() throws {
        let method = try EvaluationMethods.load("huangyan-2022")
        #expect(method.groups[0].indicators.map(\.benchmark) == [
            .fixed(24.097), .fixed(136.16), .fixed(2.694), .fixed(4929.81), .fixed(18.14), .fixed(0.0302),
        ])
        #expect(method.groups[1].indicators.map(\.benchmark) == [.fixed(11.5932), .fixed(0.2352)])
        #expect(method.groups[1].indicators.map(\.id) == ["tax_per_mu", "tax_per_electricity"])
    }

    @Test func unknownNameIsNotFound() {
        #expect(throws: MethodError.notFound("no-such-method")) { try EvaluationMethods.load("no-such-method") }
    }
}
