import BaiqiangCore
import Foundation

/// The columns of an exported list of demands (times in Beijing time, ISO 8601).
enum DemandExport {
    static let header = ["tracking_number", "category", "status", "enterprise", "town", "handler_kind", "handler_code",
                         "submitted_at", "response_deadline", "solution_deadline", "closure_deadline", "responded_at",
                         "resolved_at", "satisfaction", "overdue", "description"]

    static func table(_ demands: [Demand], now: Date) -> TableExport {
        func text(_ value: String?) -> TableExport.Cell { value.map { .text($0) } ?? .empty }
        func time(_ value: Date?) -> TableExport.Cell { text(value.map(ShanghaiTime.iso8601)) }
        let rows: [[TableExport.Cell]] = demands.map { demand in
            let overdue = (try? demand.state.isOverdue(at: now)) ?? false
            return [
                .text(demand.trackingNumber), .text(demand.categoryCode), .text(demand.status), .text(demand.enterpriseCode),
                text(demand.townCode), text(demand.handlerKind), text(demand.handlerCode), time(demand.submittedAt),
                time(demand.responseDeadline), time(demand.solutionDeadline), time(demand.closureDeadline),
                time(demand.respondedAt), time(demand.resolvedAt), text(demand.satisfaction), .number(overdue ? 1 : 0),
                .text(demand.text),
            ]
        }
        return TableExport(header: header, rows: rows)
    }
}
