import BaiqiangCore
import Fluent
import Foundation

extension AppSession {
    /// What `demo --prefecture` generated.
    public struct DemoPrefectureSummary: Sendable {
        public var counties: [String]
        public var firms: Int
        public var figures: Int
    }

    /// Firms generated for each county of a demo prefecture (演示数据).
    public static let demoPrefectureFirms = 300

    /// Whether the installation's own county has no firm yet: `demo --prefecture` then fills it
    /// too, and otherwise leaves it as it is (a `serve --demo` may have filled it).
    public func homeRegistryIsEmpty() async throws -> Bool {
        let home = environment.reference.countyCode
        return try await CountiesStore(db: app.db, county: home)?.registryIsEmpty(county: home) ?? true
    }

    /// `baiqiang demo --prefecture jiangmen`: the other units of the installation's prefecture get
    /// a small generated registry each, and yearly figures where none is published; all of it
    /// flagged demo. A county whose registry has firms already is left as it is.
    public func fillDemoPrefecture(_ name: String, seed: UInt64, firmsPerCounty: Int = demoPrefectureFirms) async throws -> DemoPrefectureSummary {
        let home = environment.reference.countyCode
        guard let store = try CountiesStore(db: app.db, county: home),
              store.prefecture.name.en.lowercased() == name.lowercased() || store.prefecture.code == name else {
            throw DemoRegistryError(message: BilingualText(zh: "本县所在地市不是“\(name)”", en: "This county's prefecture is not '\(name)'"))
        }
        let others = store.prefecture.units.map(\.code).filter { $0 != home }
        var summary = DemoPrefectureSummary(counties: [], firms: 0, figures: 0)
        for (index, county) in others.enumerated() {
            guard try await store.registryIsEmpty(county: county) else { continue }
            let filled = try await DemoRegistry.fill(app, firms: firmsPerCounty, seed: seed &+ UInt64(index + 1), actor: actor, county: county)
            summary.counties.append(county)
            summary.firms += filled.firms
        }
        guard try await !store.hasDemoFigures() else { return summary }
        let today = ShanghaiTime.day(of: environment.now)
        let published = Set(try await store.currentFigures().map(\.key))
        let generated = DemoRegionalFigures.figures(units: others, years: 2020...(today.year - 1), seed: seed)
            .filter { !published.contains($0.key) && $0.period.isOver(on: today) }
        let figures = generated.enumerated().map { CountiesStore.ImportedFigure(row: $0.offset + 1, figure: $0.element) }
        summary.figures = try await CountiesStore.record(figures, prefecture: store.prefecture, writer: writer).recorded
        return summary
    }
}
