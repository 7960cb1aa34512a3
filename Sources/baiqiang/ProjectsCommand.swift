import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang projects stalled|rates`: what the stalled and rates pages show, for scripts and
/// reports, over the installation's county.
struct ProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "招商项目 / Investment projects: stalled lists and rates",
        subcommands: [Stalled.self, Rates.self])

    struct Stalled: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "停滞清单（立项未开工、开工未建设、建设未竣工、六未）/ The stalled lists, longest stalled first")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withSession(database) { session in
                let (today, lines) = try await session.stalledProjects()
                print("截至 / As of \(today)")
                for list in StalledList.allCases {
                    let entries = lines.filter { $0.list == list }
                    print("\(list.label.zh) / \(list.label.en): \(entries.count)")
                    for line in entries {
                        let leader = line.linkedLeader.map { "\t挂钩领导 / leader \($0)" } ?? ""
                        print("\t\(line.name)\t\(line.stage.label.zh) / \(line.stage.label.en)\t\(line.daysStalled) 天 / days\(leader)"
                              + (line.isDemo ? "\t演示数据 / demo data" : ""))
                    }
                }
            }
        }
    }

    struct Rates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "签约项目的履约率、落地率、开工率、资金到位率、投产率 / The pipeline's rates, in all and by year, channel, chain and town")

        @OptionGroup var database: DatabaseOptions

        static func line(_ label: String, _ rates: ProjectRates) -> String {
            func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
            return "\(label)\t签约 signed \(rates.signedCount)\t\(FieldLimits.format(rates.signedValueYi)) 亿元\t十亿项目 ≥10亿 \(rates.tenYiProjectCount)"
                + "\t履约率 performance \(percent(rates.performanceRate))\t落地率 landing \(percent(rates.landingRate))"
                + "\t开工率 start \(percent(rates.startRate))\t资金到位率 funds \(percent(rates.fundsInPlaceRate))"
                + "\t投产率 production \(percent(rates.productionRate))"
        }

        func run() async throws {
            try await withSession(database) { session in
                let report = try await session.projectRates()
                if report.includesDemo { print("含演示数据 / Includes demo data") }
                print(Self.line("全部 / all", report.total))
                for (title, groups) in [("签约年份 / year", report.byYear), ("招商渠道 / channel", report.byChannel),
                                        ("产业链 / chain", report.byChain), ("镇街 / town", report.byTown)] {
                    for group in groups { print(Self.line("\(title) \(group.key)", group.rates)) }
                }
            }
        }
    }
}
