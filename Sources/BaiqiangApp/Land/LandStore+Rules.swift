import BaiqiangCore
import Fluent
import Foundation

/// The county's low-efficiency rules (低效用地认定规则): its latest saved version, else the
/// shipped file. Every land page, API answer and firm's page reads them here, so a change the
/// land bureau saves shows everywhere at once, and every earlier version stays readable.
extension LandStore {
    struct RuleSet: Sendable {
        var rules: [LowEfficiencyRule]
        var yaml: String
        /// nil: the shipped rules, never changed by the county.
        var version: Int?
    }

    struct RuleVersion: Sendable {
        var version: Int
        var reason: String
        var recordedBy: String
        var recordedAt: Date
    }

    /// A save without a reason, or with one too long to keep: refused before anything is read.
    struct RulesReasonMissing: BilingualError {
        var message: BilingualText {
            BilingualText(zh: "请写明修改规则的原因（不超过 200 字）", en: "Give the reason for changing the rules (at most 200 characters)")
        }
    }

    func ruleSet() async throws -> RuleSet {
        try await Self.ruleSet(of: county, on: db)
    }

    /// The county's rules as read on `db`: inside a save's transaction, the version it replaces.
    private static func ruleSet(of county: String, on db: any Database) async throws -> RuleSet {
        guard let row = try await LandRuleSetRow.query(on: db).filter(\.$countyCode == county).sort(\.$version, .descending).first() else {
            return RuleSet(rules: try LowEfficiencyRules.bundled(), yaml: try LowEfficiencyRules.bundledYAML(), version: nil)
        }
        return RuleSet(rules: try LowEfficiencyRules.parse(yaml: row.yaml), yaml: row.yaml, version: row.version)
    }

    func rules() async throws -> [LowEfficiencyRule] {
        try await ruleSet().rules
    }

    /// Every saved version, newest first.
    func ruleVersions() async throws -> [RuleVersion] {
        try await LandRuleSetRow.query(on: db).filter(\.$countyCode == county).sort(\.$version, .descending).all().map {
            RuleVersion(version: $0.version, reason: $0.reason, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt)
        }
    }

    /// The text of one saved version, for its download.
    func ruleYAML(version: Int) async throws -> String? {
        try await LandRuleSetRow.query(on: db).filter(\.$countyCode == county).filter(\.$version == version).first()?.yaml
    }

    /// Saves `yaml` as the county's rules, checked by Core first (a refusal writes nothing and
    /// says where the file is wrong), as a new version: audited as `land.rules.changed` with the
    /// rules before and after. Returns the new version.
    func saveRules(yaml: String, reason: String, writer: Writer) async throws -> Int {
        try principal.permissions.require(.keepLandRules)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, FieldLimits.check(reason, .name) == nil else { throw RulesReasonMissing() }
        let rules = try LowEfficiencyRules.parse(yaml: yaml)
        let county = county, at = writer.environment.now, by = writer.actor.name
        return try await writer.transaction { db, audit in
            // Read inside the transaction: two saves at once each record the version they replace.
            let before = try await Self.ruleSet(of: county, on: db)
            let row = LandRuleSetRow()
            row.countyCode = county
            row.version = (before.version ?? 0) + 1
            row.yaml = yaml
            row.reason = reason
            row.recordedBy = by
            row.recordedAt = at
            try await row.create(on: db)
            try await audit.record(.landRulesChanged, entity: .landRules, id: county,
                                   before: RulesSnapshot(version: before.version, rules: before.rules, reason: nil),
                                   after: RulesSnapshot(version: row.version, rules: rules, reason: reason))
            return row.version
        }
    }
}

/// What the audit keeps of a rules version: each rule's id and test with its numbers.
private struct RulesSnapshot: Encodable {
    var version: Int?
    var rules: [String: String]
    var reason: String?

    init(version: Int?, rules: [LowEfficiencyRule], reason: String?) {
        self.version = version
        self.rules = Dictionary(rules.map { ($0.id, $0.test.summary) }, uniquingKeysWith: { first, _ in first })
        self.reason = reason
    }
}
