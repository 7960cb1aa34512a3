import BaiqiangCore
import Foundation

/// What the supervision pages show: the reader's reports (a supervisor's own, or the discipline
/// office's all) with the filing form, one report with its handling, the yearly counts, and the
/// appointments.
enum SupervisionPages {
    struct ReportRow: Sendable {
        var id: UUID
        var type: BilingualText
        var unit: BilingualText
        var occurredOn: String
        var filedOn: String
        var description: String
        var status: SupervisionStatus
        var handling: SupervisionHandling
        /// Shown to the discipline office only.
        var supervisor: String?
        var isDemo: Bool
    }

    struct ListModel: Sendable {
        var reports: [ReportRow]
        var nextCursor: String?
        /// A supervisor in their term may file; one out of it sees why not.
        var mayFile: Bool
        var fileRefusal: BilingualText?
        var isOffice: Bool
        var maySeeSummary: Bool
        var types: [SupervisionReportType]
        var units: [(unit: String, name: BilingualText)]
        var today: String
        var error: String?
        var anyDemo: Bool { reports.contains(where: \.isDemo) }
    }

    struct ReportModel: Sendable {
        var report: ReportRow
        var mayHandle: Bool
        var today: String
        var error: String?
    }

    struct SummaryModel: Sendable {
        struct Line: Sendable {
            var name: BilingualText
            var count: Int
        }
        var year: Int
        var total: Int
        var open: Int
        var byType: [Line]
        var byUnit: [Line]
        var byOutcome: [Line]
        var anyDemo: Bool
    }

    struct SupervisorsModel: Sendable {
        struct Row: Sendable {
            var name: String
            var unit: String
            var termStart: String
            var termEnd: String
            var active: Bool
            var isDemo: Bool
        }
        var supervisors: [Row]
        var error: String?
    }
}
