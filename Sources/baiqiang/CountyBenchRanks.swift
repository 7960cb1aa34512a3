import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

extension CountyCommand {
    /// The ranks benchmark's own side (Benchmarks/counties/run.sh): generated figures for many
    /// units ranked by value and by growth for every indicator and month, timed; the same rows
    /// written as CSV for the peer (sqlite3's RANK() window) to rank.
    struct BenchRanks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench-ranks", abstract: "排名计算基准 / Time the rank computation",
                                                        shouldDisplay: false)

        @Option var units = 3_000
        @Option var months = 60
        @Option(help: "Write the generated rows here as CSV (unit,indicator,period,value,growth)") var csv: String?

        func run() async throws {
            guard (1...100_000).contains(units), (1...240).contains(months) else { throw ValidationError("units 1…100000, months 1…240") }
            var figures: [RegionalFigure] = []
            figures.reserveCapacity(units * months * RegionalIndicator.allCases.count)
            var rng = SplitMix64(seed: 2022)
            for month in 0..<months {
                let period = StatisticalPeriod(year: 2019 + month / 12, throughMonth: month % 12 + 1)!
                for indicator in RegionalIndicator.allCases {
                    for unit in 0..<units {
                        figures.append(RegionalFigure(unitCode: String(100_000 + unit), indicator: indicator, period: period,
                                                      value: Double(rng.next() % 100_000) / 10, growthPercent: Double(rng.next() % 400) / 10 - 10))
                    }
                }
            }
            // Elapsed time for the benchmark's printout, not a moment anything is stamped with:
            // the monotonic clock is right here, and the environment's clock (which a test can
            // stop) would time nothing.
            let started = ContinuousClock.now
            let byValue = RegionalRanking.ranksAlongside(figures, by: .value)
            let byGrowth = RegionalRanking.ranksAlongside(figures, by: .growth)
            let elapsed = ContinuousClock.now - started
            let ranked = byValue.lazy.filter { $0 != nil }.count + byGrowth.lazy.filter { $0 != nil }.count
            print("ranks: \(figures.count) figures, \(ranked) ranks in \(elapsed)")
            if let csv {
                var text = "unit,indicator,period,value,growth\n"
                for figure in figures {
                    text += "\(figure.unitCode),\(figure.indicator.rawValue),\(figure.period),\(figure.value!),\(figure.growthPercent!)\n"
                }
                try text.write(toFile: csv, atomically: true, encoding: .utf8)
            }
        }
    }
}
