import BaiqiangCore
import Foundation

/// The visits export (走访记录导出): one row per visit, headed in the visits import's columns,
/// names beside codes, and generated visits marked 演示数据.
enum VisitsExport {
    static func table(_ visits: [VisitsStore.ExportedVisit], language: Language) -> TableExport {
        let english = language == .en
        let header = english ? VisitsFile.spec.englishHeader : VisitsFile.spec.chineseHeader
        let rows: [[TableExport.Cell]] = visits.map { row in
            let visit = row.visit
            let town = row.town.map { english ? $0.nameEn : $0.nameZh } ?? ""
            return [.text(visit.creditCode), .text(row.firmName), .text(town), .text(row.leaderUsername), .text(visit.leaderName),
                    .text(visit.visitDate), .text(visit.participants ?? ""), .text(visit.firmSaid ?? ""),
                    .text(RiskFlag.names(visit.flags, language: language)), .text(visit.demandNumber ?? ""),
                    .text(visit.isDemo ? VisitsFile.demoLabel : "")]
        }
        return TableExport(header: header, rows: rows)
    }
}
