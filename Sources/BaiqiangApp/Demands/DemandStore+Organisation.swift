import BaiqiangCore
import Fluent
import Foundation

/// What demands need of the county's organisation and registry: the units a demand can go to,
/// a firm's linked leader, and the routing rules that pick the unit.
extension DemandStore {
    func departments() async throws -> [Department] {
        try await Department.query(on: db, county: county).sort(\.$code).all()
    }

    func towns() async throws -> [Town] {
        try await Town.query(on: db, county: county).sort(\.$code).all()
    }

    /// Refuses a unit that is not one of the county's departments or towns of its kind: a demand
    /// sent there would reach nobody who can act on it.
    func requireKnownUnit(_ unit: HandlingUnit) async throws {
        let known: Bool = switch unit.kind {
        case .department: try await Department.query(on: db, county: county).filter(\.$code == unit.code).count() > 0
        case .town: try await Town.query(on: db, county: county).filter(\.$code == unit.code).count() > 0
        }
        guard !known else { return }
        throw DemandInputError(message: unit.kind == .department
            ? BilingualText(zh: "“\(unit.code)”不是本县的部门，请从列表中选择承办单位", en: "“\(unit.code)” is not one of the county's departments; choose the handling unit from the list")
            : BilingualText(zh: "“\(unit.code)”不是本县的镇街，请从列表中选择承办单位", en: "“\(unit.code)” is not one of the county's towns; choose the handling unit from the list"))
    }

    /// The names of the county's firms with these credit codes, for lists that show demands.
    func enterpriseNames(_ codes: [String]) async throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return try await Enterprise.query(on: db, county: county).filter(\.$creditCode ~~ Array(Set(codes))).all()
            .reduce(into: [:]) { $0[$1.creditCode] = $1.name }
    }

    func routingRules() async throws -> [DemandRoutingRule] {
        try await DemandRoutingRule.query(on: db, county: county).sort(\.$categoryCode).sort(\.$townCode).all()
    }

    /// An attachment of `demand` (already found through the account's scope).
    func attachment(_ id: UUID, of demand: Demand) async throws -> DemandAttachment? {
        try await DemandAttachment.query(on: db, county: county).filter(\.$id == id).filter(\.$demandID == demand.requireID()).first()
    }

    /// A rule that would replace another, which the editor has not confirmed: the page asks first,
    /// since a rule silently replaced reroutes every later demand of its category and town.
    struct ReplacementUnconfirmed: Error {
        var existing: HandlingUnit
        var proposed: HandlingUnit
    }

    /// Sets (or, with `remove`, deletes) the rule sending `category` in `town` to `unit`, audited.
    /// Replacing a rule that sends them elsewhere needs `confirmedReplacement`.
    func saveRoutingRule(category: String, town: String, unit: HandlingUnit, remove: Bool, confirmedReplacement: Bool = false,
                         writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            if !remove { try await DemandStore(db: db, environment: writer.environment, county: county).requireKnownUnit(unit) }
            if town != DemandRoutingRule.anyTown, try await Town.query(on: db, county: county).filter(\.$code == town).count() == 0 {
                throw DemandInputError(message: BilingualText(zh: "未知的镇街 “\(town)”", en: "Unknown town “\(town)”"))
            }
            let existing = try await DemandRoutingRule.query(on: db, county: county).filter(\.$categoryCode == category).filter(\.$townCode == town).first()
            if !remove, !confirmedReplacement, let existing, let current = existing.unit, current != unit {
                throw ReplacementUnconfirmed(existing: current, proposed: unit)
            }
            let before = existing.map { RoutingRuleSnapshot(category: $0.categoryCode, town: $0.townCode, handlerKind: $0.handlerKind, handlerCode: $0.handlerCode) }
            var after: RoutingRuleSnapshot?
            if remove {
                try await existing?.delete(on: db)
            } else if let existing {
                existing.handlerKind = unit.kind.rawValue
                existing.handlerCode = unit.code
                try await existing.update(on: db)
                after = RoutingRuleSnapshot(category: category, town: town, handlerKind: unit.kind.rawValue, handlerCode: unit.code)
            } else {
                let rule = DemandRoutingRule(categoryCode: category, townCode: town, handler: unit)
                rule.countyCode = county
                try await rule.create(on: db)
                after = RoutingRuleSnapshot(category: category, town: town, handlerKind: unit.kind.rawValue, handlerCode: unit.code)
            }
            try await audit.record(.demandRoutingRuleSave, entity: .demandRoutingRule, id: "\(category)/\(town)",
                                   before: before, after: after)
        }
    }

    /// What the audit log keeps of a routing rule.
    struct RoutingRuleSnapshot: Codable, Sendable {
        var category: String
        var town: String
        var handlerKind: String
        var handlerCode: String
    }

    /// The firm's linked leader (挂钩领导) from its record: the city leader, else the town leader.
    func linkedLeader(of demand: Demand) async throws -> String? {
        guard let id = demand.enterpriseID, let firm = try await Enterprise.find(id, on: db) else { return nil }
        return [firm.cityLeader, firm.townLeader].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }
}
