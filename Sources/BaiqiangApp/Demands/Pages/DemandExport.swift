import BaiqiangCore
import Foundation

/// The columns of an exported list of demands (times in Beijing time, ISO 8601).
enum DemandExport {
    /// The names the codes of a list of demands are shown by.
    struct Names {
        var categories: DemandCategoryCatalog
        var enterprises: [String: String] = [:]
        var towns: [String: BilingualText] = [:]
        var departments: [String: BilingualText] = [:]
    }

    static let columns: [TableExport.Column] = [
        .init(key: "tracking_number", header: BilingualText(zh: "编号", en: "Tracking number")),
        .coded("category", BilingualText(zh: "类别", en: "Category")),
        .coded("status", BilingualText(zh: "状态", en: "Status")),
        .coded("enterprise", BilingualText(zh: "企业", en: "Enterprise")),
        .coded("town", BilingualText(zh: "镇街", en: "Town")),
        .coded("handler_kind", BilingualText(zh: "承办单位类型", en: "Handling unit type")),
        .coded("handler_code", BilingualText(zh: "承办单位", en: "Handling unit")),
        .init(key: "submitted_at", header: BilingualText(zh: "提交时间", en: "Submitted")),
        .init(key: "response_deadline", header: BilingualText(zh: "响应时限", en: "Response due")),
        .init(key: "solution_deadline", header: BilingualText(zh: "解决时限", en: "Solution due")),
        .init(key: "closure_deadline", header: BilingualText(zh: "办结时限", en: "Closure due")),
        .init(key: "responded_at", header: BilingualText(zh: "答复时间", en: "Responded")),
        .init(key: "resolved_at", header: BilingualText(zh: "办结时间", en: "Resolved")),
        .coded("satisfaction", BilingualText(zh: "满意度", en: "Satisfaction")),
        .init(key: "overdue", header: BilingualText(zh: "是否超时", en: "Overdue")),
        .init(key: "description", header: BilingualText(zh: "诉求内容", en: "Description")),
    ]

    static func table(_ demands: [Demand], names: Names, now: Date, headers: TableExport.Headers) -> TableExport {
        func time(_ value: Date?) -> TableExport.Value { .text(value.map(ShanghaiTime.iso8601)) }
        let rows: [[TableExport.Value]] = demands.map { demand in
            let overdue = (try? demand.state.isOverdue(at: now)) ?? false
            let unitKind = demand.handlerKind.flatMap(HandlingUnit.Kind.init(rawValue:))
            let unitName: BilingualText? = demand.handlerCode.flatMap { code in
                unitKind == .town ? names.towns[code] : names.departments[code]
            }
            return [
                .text(demand.trackingNumber),
                .code(demand.categoryCode, name: names.categories.category(demand.categoryCode)?.name),
                .code(demand.status, name: DemandStatus(rawValue: demand.status)?.label),
                .code(demand.enterpriseCode, name: names.enterprises[demand.enterpriseCode].map { BilingualText(zh: $0, en: $0) }),
                .code(demand.townCode, name: demand.townCode.flatMap { names.towns[$0] }),
                .code(demand.handlerKind, name: unitKind.map(Self.kindName)),
                .code(demand.handlerCode, name: unitName),
                time(demand.submittedAt), time(demand.responseDeadline), time(demand.solutionDeadline),
                time(demand.closureDeadline), time(demand.respondedAt), time(demand.resolvedAt),
                .code(demand.satisfaction, name: demand.satisfaction.flatMap(Satisfaction.init(rawValue:))?.label),
                .flag(overdue),
                .text(demand.text),
            ]
        }
        return TableExport(columns: columns, rows: rows, headers: headers)
    }

    static func kindName(_ kind: HandlingUnit.Kind) -> BilingualText {
        switch kind {
        case .department: BilingualText(zh: "部门", en: "Department")
        case .town: BilingualText(zh: "镇街", en: "Town")
        }
    }
}
