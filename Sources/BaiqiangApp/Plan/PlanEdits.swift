import BaiqiangCore
import Foundation
import Vapor

/// The plan's single-entity writes, shared by the pages and the API: each reads the input,
/// validates it with Core's rules and applies it through `PlanStore.modify` (audited).
enum PlanEdits {
    struct InputError: BilingualError {
        let message: BilingualText
    }

    /// Reads an observation typed by a person: a number, an ISO date, a source note.
    static func observation(value: String, date: String, source: String, unit: String? = nil, by username: String) throws -> KPIObservation {
        // Bounded before parsing, so an oversized field is named and never copied further.
        var check = FieldChecker()
        check.text(value, .code, field: "value")
        check.text(date, .code, field: "date")
        check.text(source.trimmingCharacters(in: .whitespacesAndNewlines), .note, field: "source")
        check.text(unit, .code, field: "unit")
        try check.finish()
        let cleaned = value.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        guard let number = Double(cleaned), number.isFinite else {
            throw InputError(message: BilingualText(zh: "数值“\(value)”不是数字", en: "The value '\(value)' is not a number"))
        }
        guard let day = PlanDate(date.trimmingCharacters(in: .whitespaces)) else {
            throw InputError(message: BilingualText(zh: "日期“\(date)”应为 YYYY-MM-DD", en: "The date '\(date)' must be YYYY-MM-DD"))
        }
        let note = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            throw InputError(message: BilingualText(zh: "请注明数据来源", en: "Name the source of the figure"))
        }
        return KPIObservation(value: number, date: day, unit: unit, source: note, enteredBy: username)
    }

    /// Records a figure (unreviewed); a second for a date that has one is a correction and needs
    /// `correction`, the reason (Core's `ObservationLedger`).
    static func addObservation(_ observation: KPIObservation, to code: String, correction: String? = nil, plan: String? = nil,
                               writer: Writer, cache: PlanCache) async throws {
        var check = FieldChecker()
        check.text(correction, .note, field: "reason")
        try check.finish()
        try await PlanStore.modify(writer: writer, cache: cache, plan: plan) { document in
            guard let kpi = document.kpi(code) else { throw Abort(.notFound) }
            guard kpi.source == .manual else {
                throw InputError(message: BilingualText(zh: "该指标由系统计算，不能手工录入", en: "This KPI is computed; it takes no typed figures"))
            }
            let issues = PlanValidator(now: writer.environment.today).issues(in: observation, of: kpi)
            // A single figure's problems read best on their own, without the file-level wording,
            // each named by the field the form or the API sent (`observation.value` → `value`).
            if !issues.isEmpty {
                throw FieldInputError(issues.map { issue in
                    LocatedIssue(row: nil, column: String(issue.path.split(separator: ".").last ?? ""), reason: issue.reason)
                })
            }
            var updated = kpi
            let replaced = try ObservationLedger.record(observation, in: &updated, correction: correction)
            document.updateKPI(code) { $0 = updated }
            let recorded = updated.currentObservations.last { $0.date == observation.date }
            return PlanChange(replaced == nil ? .planObservationAdd : .planObservationCorrect, entity: .kpi, id: code,
                              before: replaced, after: recorded)
        }
    }

    /// Withdraws the current figure of `date` with a reason, or releases it for the public page.
    static func reviewObservation(_ action: ObservationReview, of code: String, date: String, reason: String?, plan: String? = nil,
                                  writer: Writer, cache: PlanCache) async throws {
        var check = FieldChecker()
        check.text(date, .code, field: "date")
        check.text(reason, .note, field: "reason")
        try check.finish()
        guard let day = PlanDate(date.trimmingCharacters(in: .whitespaces)) else {
            throw InputError(message: BilingualText(zh: "日期“\(date)”应为 YYYY-MM-DD", en: "The date '\(date)' must be YYYY-MM-DD"))
        }
        try await PlanStore.modify(writer: writer, cache: cache, plan: plan) { document in
            guard var kpi = document.kpi(code) else { throw Abort(.notFound) }
            let before: KPIObservation
            switch action {
            case .withdraw: before = try ObservationLedger.withdraw(on: day, reason: reason ?? "", in: &kpi)
            case .publish: before = try ObservationLedger.publish(on: day, in: &kpi)
            }
            var after = before
            switch action {
            case .withdraw: after.status = .withdrawn; after.reason = reason
            case .publish: after.published = true
            }
            document.updateKPI(code) { $0 = kpi }
            return PlanChange(action.auditAction, entity: .kpi, id: code, before: before, after: after)
        }
    }

    enum ObservationReview: String, Sendable {
        case withdraw
        case publish

        var auditAction: AuditAction {
            switch self {
            case .withdraw: .planObservationWithdraw
            case .publish: .planObservationPublish
            }
        }
    }

    static func setMilestoneActual(_ code: String, actual: String, plan: String? = nil,
                                   writer: Writer, cache: PlanCache) async throws {
        var check = FieldChecker()
        check.text(actual, .code, field: "actual")
        try check.finish()
        let trimmed = actual.trimmingCharacters(in: .whitespaces)
        let day: PlanDate?
        if trimmed.isEmpty {
            day = nil
        } else if let parsed = PlanDate(trimmed) {
            guard parsed <= writer.environment.today else {
                throw InputError(message: BilingualText(zh: "完成日期不能晚于今天", en: "The completion date cannot be in the future"))
            }
            day = parsed
        } else {
            throw InputError(message: BilingualText(zh: "日期“\(actual)”应为 YYYY-MM-DD", en: "The date '\(actual)' must be YYYY-MM-DD"))
        }
        try await PlanStore.modify(writer: writer, cache: cache, plan: plan) { document in
            guard let before = document.milestone(code) else { throw Abort(.notFound) }
            document.updateMilestone(code) { $0.actual = day }
            return PlanChange(.planMilestoneUpdate, entity: .milestone, id: code, before: before, after: document.milestone(code))
        }
    }
}

extension PlanDocument {
    /// Applies `change` to the KPI with `code`, wherever it sits in the tree.
    mutating func updateKPI(_ code: String, _ change: (inout KPI) -> Void) {
        for a in areas.indices {
            for l in areas[a].lines.indices {
                for i in areas[a].lines[l].items.indices {
                    if let k = areas[a].lines[l].items[i].kpis.firstIndex(where: { $0.code == code }) {
                        change(&areas[a].lines[l].items[i].kpis[k])
                    }
                }
            }
        }
    }

    mutating func updateMilestone(_ code: String, _ change: (inout PlanMilestone) -> Void) {
        for a in areas.indices {
            for l in areas[a].lines.indices {
                for i in areas[a].lines[l].items.indices {
                    if let m = areas[a].lines[l].items[i].milestones.firstIndex(where: { $0.code == code }) {
                        change(&areas[a].lines[l].items[i].milestones[m])
                    }
                }
            }
        }
    }
}
