import BaiqiangCore
import Foundation
import Vapor

/// An action as a form or an API client sends it: the action's name (`DemandActionKind` raw
/// value, or `auto_route` to assign by the routing rules) and the fields that action needs.
struct DemandTransitionInput: Content {
    var action: String
    var note: String?
    var handlerKind: String?
    var handlerCode: String?
    /// The unit as the page's picker sends it, `department:gxj` or `town:gulao`; the API may send
    /// `handler_kind` and `handler_code` instead.
    var handler: String?
    var satisfaction: String?
    /// The extension's new closure date, YYYY-MM-DD (end of that day, Beijing time), or ISO 8601.
    var until: String?
    /// 督办 target: the linked leader's account or name, as text.
    var leader: String?

    enum CodingKeys: String, CodingKey {
        case action, note, satisfaction, until, leader, handler
        case handlerKind = "handler_kind", handlerCode = "handler_code"
    }

    static let autoRoute = "auto_route"

    private static func invalid(_ zh: String, _ en: String) -> DemandInputError {
        DemandInputError(message: BilingualText(zh: zh, en: en))
    }

    /// The Core action, resolving `auto_route` through the routing rules.
    func action(for demand: Demand, service: DemandStore) async throws -> DemandAction {
        let text = note ?? ""
        if action == Self.autoRoute {
            guard let unit = try await service.route(category: demand.categoryCode, town: demand.townCode) else {
                throw Self.invalid("没有适用于该类别和镇街的分派规则，请手工交办",
                                   "No routing rule fits this category and town; assign it by hand")
            }
            return .assign(unit)
        }
        return try plainAction()
    }

    /// The Core action named, with no routing rules to consult (grid events reuse this).
    func plainAction() throws -> DemandAction {
        let text = note ?? ""
        guard let kind = DemandActionKind(rawValue: action) else {
            throw Self.invalid("未知的操作 “\(action)”", "Unknown action “\(action)”")
        }
        switch kind {
        case .accept: return .accept
        case .assign: return .assign(try unit())
        case .reassign: return .reassign(try unit(), reason: text)
        case .returnToCentre: return .returnToCentre(reason: text)
        case .respond: return .respond(answer: text)
        case .proposeSolution: return .proposeSolution(text)
        case .resolve: return .resolve(summary: text)
        case .returnVisit:
            guard let value = satisfaction, let verdict = Satisfaction(rawValue: value) else {
                throw Self.invalid("请选择满意度（满意、基本满意、不满意）", "Choose the satisfaction (satisfied, basically satisfied, unsatisfied)")
            }
            return .returnVisit(verdict, note: note?.isEmpty == false ? note : nil)
        case .redo: return .redo(reason: note?.isEmpty == false ? note : nil)
        case .closeUnsatisfied: return .closeUnsatisfied(reason: text)
        case .requestExtension:
            let raw = (until ?? "").trimmingCharacters(in: .whitespaces)
            guard let date = LocalDate(iso: raw).map(ShanghaiTime.endOfDay) ?? ShanghaiTime.parseISO8601(raw) else {
                throw Self.invalid("请填写延期后的办结日期（YYYY-MM-DD）", "Give the extended closure date (YYYY-MM-DD)")
            }
            return .requestExtension(until: date, reason: text)
        case .approveExtension: return .approveExtension
        case .refuseExtension: return .refuseExtension(reason: text)
        case .urge: return .urge(note: note?.isEmpty == false ? note : nil)
        case .escalate: return .escalate(toLeader: leader ?? "")
        }
    }

    /// The unit named by the picker, or by kind and code; a kind that is neither a department
    /// nor a town is refused rather than guessed.
    func unit() throws -> HandlingUnit {
        if let handler = handler?.trimmingCharacters(in: .whitespaces), !handler.isEmpty {
            guard let unit = HandlingUnit(pickerValue: handler) else {
                throw Self.invalid("请从列表中选择承办单位", "Choose the handling unit from the list")
            }
            return unit
        }
        guard let kind = HandlingUnit.Kind(rawValue: handlerKind ?? HandlingUnit.Kind.department.rawValue) else {
            throw Self.invalid("承办单位类型只能是部门（department）或镇街（town）", "The handling unit's kind is department or town")
        }
        return HandlingUnit(kind, code: handlerCode?.trimmingCharacters(in: .whitespaces) ?? "")
    }

    /// Every field within its limits (`FieldLimits`), named by its key; the note is as long as
    /// the action's text may be (an answer longer than a reason).
    func checkFields() throws {
        var check = FieldChecker()
        check.text(action, .code, field: "action")
        check.text(note, DemandActionKind(rawValue: action)?.textField ?? .note, field: "note")
        check.text(handlerKind, .code, field: "handler_kind")
        check.text(handlerCode, .code, field: "handler_code")
        check.text(handler, .code, field: "handler")
        check.text(satisfaction, .code, field: "satisfaction")
        check.text(until, .code, field: "until")
        check.text(leader, .contact, field: "leader")
        try check.finish()
    }

    /// The note kept with the event: the text, or the leader escalated to.
    var eventNote: String? {
        let parts = [note, leader.map { "→ \($0)" }].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
