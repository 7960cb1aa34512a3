/// A project's fields as the edit form sends them, as text: read into a `ProjectRecord` and its
/// planned milestone days, every problem named by its field — what cannot be read (a number, a
/// year, a channel, a day), then the checks every project passes (`ProjectRecordCheck`, the
/// importer's own) and the order of the planned days. Nothing here touches stored data: the
/// store adds the checks against it (a name taken that year, an unknown chain node, town,
/// department or leader account).
public struct ProjectForm: Sendable, Hashable {
    public var name: String
    public var codename: String
    public var year: String
    public var investor: String
    public var investmentYi: String
    public var fundsInPlaceYi: String
    /// The investor's yearly revenue (亿元), empty when not known: the 百亿企业 tier.
    public var investorRevenueYi: String
    public var channel: String
    /// `chain/node`, as the form's choice of a chain node; empty for none.
    public var chainNode: String
    public var leadDepartment: String
    public var town: String
    public var isKey: Bool
    /// The project company's unified social credit code once registered, empty before.
    public var creditCode: String
    /// The planned day of each milestone stage, as typed; empty for no milestone.
    public var planned: [ProjectStage: String]

    /// The stages a planned day may be set for on the form: from land supply to full capacity,
    /// the milestones the county's templates plan.
    public static let plannedStages: [ProjectStage] = [.landSupplied, .started, .completed, .producing, .fullCapacity]

    public static func plannedField(_ stage: ProjectStage) -> String { "planned_\(stage.rawValue)" }

    public init(name: String = "", codename: String = "", year: String = "", investor: String = "", investmentYi: String = "",
                fundsInPlaceYi: String = "", channel: String = "", chainNode: String = "", leadDepartment: String = "",
                town: String = "", isKey: Bool = false, planned: [ProjectStage: String] = [:],
                investorRevenueYi: String = "", creditCode: String = "") {
        self.name = name
        self.codename = codename
        self.year = year
        self.investor = investor
        self.investmentYi = investmentYi
        self.fundsInPlaceYi = fundsInPlaceYi
        self.investorRevenueYi = investorRevenueYi
        self.channel = channel
        self.chainNode = chainNode
        self.leadDepartment = leadDepartment
        self.town = town
        self.isKey = isKey
        self.planned = planned
        self.creditCode = creditCode
    }

    /// The form filled with a stored project's values.
    public init(_ record: ProjectRecord, planned: [ProjectMilestone]) {
        self.init(name: record.name, codename: record.codename, year: String(record.year), investor: record.investor ?? "",
                  investmentYi: FieldLimits.format(record.investmentYi), fundsInPlaceYi: FieldLimits.format(record.fundsInPlaceYi),
                  channel: record.channel?.rawValue ?? "",
                  chainNode: record.chainCode.map { "\($0)/\(record.chainNode ?? "")" } ?? "",
                  leadDepartment: record.leadDepartmentCode ?? "", town: record.townCode ?? "", isKey: record.isKey,
                  planned: Dictionary(planned.map { ($0.stage, $0.planned.description) }, uniquingKeysWith: { first, _ in first }),
                  investorRevenueYi: record.investorRevenueYi.map(FieldLimits.format) ?? "", creditCode: record.creditCode ?? "")
    }

    public struct Read: Sendable, Hashable {
        public var record: ProjectRecord
        public var planned: [ProjectStage: PlanDate]
    }

    /// The record and planned days the form gives, on top of `stored` (which keeps what the
    /// form does not carry: the linked leader, who is an account the store resolves), or every
    /// problem found. A credit code is kept as the registry writes it (upper case).
    public func read(onto stored: ProjectRecord) -> Result<Read, FieldInputError> {
        var issues: [LocatedIssue] = []
        func fail(_ column: String, _ zh: String, _ en: String) {
            issues.append(LocatedIssue(row: nil, column: column, reason: BilingualText(zh: zh, en: en)))
        }
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ text: String) -> String? { trimmed(text).isEmpty ? nil : trimmed(text) }
        func amount(_ text: String, _ column: String) -> Double? {
            guard let raw = optional(text) else { fail(column, "不能为空", "is required"); return nil }
            guard let value = Double(raw), value.isFinite else { fail(column, "不是数字", "is not a number"); return nil }
            return value
        }
        let year = Int(trimmed(year))
        if year == nil { fail("year", "不是年份", "is not a year") }
        let investment = amount(investmentYi, "investment_yi")
        let funds = optional(fundsInPlaceYi) == nil ? 0 : amount(fundsInPlaceYi, "funds_in_place_yi")
        let revenue = optional(investorRevenueYi) == nil ? nil : amount(investorRevenueYi, "investor_revenue_yi")
        let code = optional(creditCode).map { raw in (try? CreditCode(raw))?.value ?? raw }
        var channel: ProjectChannel?
        if let raw = optional(self.channel) {
            channel = ProjectChannel(rawValue: raw)
            if channel == nil { fail("channel", "不是可选的招商渠道", "is not a channel") }
        }
        var chainCode: String?, nodeCode: String?
        if let raw = optional(chainNode) {
            let parts = raw.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                (chainCode, nodeCode) = (parts[0], parts[1])
            } else {
                fail("chain_node", "须选择产业链的一个节点", "must be a node of a chain")
            }
        }
        var planned: [ProjectStage: PlanDate] = [:]
        for stage in Self.plannedStages {
            guard let raw = optional(self.planned[stage] ?? "") else { continue }
            guard let day = PlanDate(raw) else { fail(Self.plannedField(stage), "须为 YYYY-MM-DD", "must be YYYY-MM-DD"); continue }
            planned[stage] = day
        }
        var record = stored
        record.name = trimmed(name)
        record.codename = trimmed(codename)
        record.year = year ?? stored.year
        record.investor = optional(investor)
        record.investmentYi = investment ?? stored.investmentYi
        record.fundsInPlaceYi = funds ?? stored.fundsInPlaceYi
        record.investorRevenueYi = revenue
        record.creditCode = code
        record.channel = channel
        record.chainCode = chainCode
        record.chainNode = nodeCode
        record.leadDepartmentCode = optional(leadDepartment)
        record.townCode = optional(town)
        record.isKey = isKey
        // Problems of fields already refused above are not repeated.
        let refused = Set(issues.compactMap(\.column))
        issues += ProjectRecordCheck.issues(record).filter { !refused.contains($0.column ?? "") }
        issues += Self.orderIssues(planned)
        guard issues.isEmpty else { return .failure(FieldInputError(issues)) }
        return .success(Read(record: record, planned: planned))
    }

    /// A later stage planned before an earlier one (开工 before 供地, 达产 before 投产): the plan
    /// cannot be met in that order.
    public static func orderIssues(_ planned: [ProjectStage: PlanDate]) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        var previous: (stage: ProjectStage, day: PlanDate)?
        for stage in plannedStages {
            guard let day = planned[stage] else { continue }
            if let previous, day < previous.day {
                issues.append(LocatedIssue(row: nil, column: plannedField(stage), reason: BilingualText(
                    zh: "计划日期 \(day) 早于“\(previous.stage.label.zh)”的计划日期 \(previous.day)",
                    en: "the planned day \(day) is before the planned day of “\(previous.stage.label.en)” (\(previous.day))")))
            }
            previous = (stage, day)
        }
        return issues
    }
}
