import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "用生成的演示县填充空的企业名录 / Fill an empty registry with a generated demo county")

    @Option(help: "How many firms (1 to 1,000,000)") var firms = DemoCounty.defaultFirmCount
    @Option(help: "The seed: the same seed always gives the same county") var seed: UInt64 = 2022
    @Option(help: "Also generate the other counties of this prefecture (e.g. jiangmen), labelled demo") var prefecture: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...DemoCounty.maximumFirmCount).contains(firms) else {
            throw ValidationError("--firms must be from 1 to \(DemoCounty.maximumFirmCount)")
        }
    }

    func run() async throws {
        // Elapsed time, not a date: the monotonic clock.
        let started = ContinuousClock.now
        // One session: the process sets up its logging once. With --prefecture, a county whose
        // registry is filled already (by `serve --demo`, say) is left as it is and only the other
        // units are added.
        let (summary, others) = try await withSession(database) { session in
            var summary: DemoRegistry.Summary?
            var fillHome = true
            if prefecture != nil { fillHome = try await session.homeRegistryIsEmpty() }
            if fillHome {
                summary = try await session.fillDemoRegistry(firms: firms, seed: seed)
            }
            var others: AppSession.DemoPrefectureSummary?
            if let prefecture { others = try await session.fillDemoPrefecture(prefecture, seed: seed) }
            return (summary, others)
        }
        if summary == nil {
            print("本县企业名录已有数据，保持不变 / The county's registry has firms already: left as it is")
        }
        if let others {
            print("已生成地市演示数据 / Demo prefecture: \(others.counties.count) counties, \(others.firms) firms, \(others.figures) figures (演示数据)"
                  + (others.counties.isEmpty ? "" : " [\(others.counties.joined(separator: ", "))]"))
        }
        let elapsed = (ContinuousClock.now - started).components
        let seconds = String(format: "%.1f", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        if let summary {
            print("已生成演示数据 / Demo data written: \(summary.firms) firms, \(summary.yearlyRows) yearly rows, \(summary.monthlyRows) monthly rows (seed \(seed), \(seconds) s)")
        }
    }
}
