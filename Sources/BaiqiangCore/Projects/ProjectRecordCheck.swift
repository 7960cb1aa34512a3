/// The checks every project passes before it is written, from a form, the API, a file or the
/// default data: the same limits everywhere, each problem named by its field.
public enum ProjectRecordCheck {
    /// No county's project reaches this (亿元): a larger figure is almost always 万元 typed where
    /// 亿元 was asked, so the refusal says so.
    public static let maximumInvestmentYi = 10_000.0
    public static let years: ClosedRange<Int> = 1990...2100

    /// Every problem of `record`, each with its column; `row` is the file's row, if any.
    public static func issues(_ record: ProjectRecord, row: Int? = nil) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ reason: BilingualText) {
            issues.append(LocatedIssue(row: row, column: column, reason: reason))
        }
        func text(_ value: String?, _ column: String, _ kind: TextFieldKind, required: Bool = false) {
            guard let value, !value.isEmpty else {
                if required { add(column, BilingualText(zh: "不能为空", en: "is required")) }
                return
            }
            if let reason = FieldLimits.check(value, kind) { add(column, reason) }
        }
        text(record.name, "name", .name, required: true)
        text(record.codename, "codename", .name, required: true)
        text(record.investor, "investor", .name)
        text(record.chainCode, "chain", .code)
        text(record.chainNode, "chain_node", .code)
        text(record.linkedLeader, "leader", .contact)
        text(record.linkedLeaderUsername, "leader_account", .username)
        text(record.leadDepartmentCode, "lead_department", .code)
        text(record.townCode, "town", .code)
        if let code = record.creditCode, !code.isEmpty {
            // The registry's own rule, check character and all: a project company is the firm
            // the registry keys by this code.
            if let reason = FieldLimits.check(code, .code) {
                add("credit_code", reason)
            } else {
                do { _ = try CreditCode(code) } catch { add("credit_code", error.message) }
            }
        }
        if !years.contains(record.year) {
            add("year", BilingualText(zh: "须在 \(years.lowerBound) 到 \(years.upperBound) 之间",
                                      en: "must be between \(years.lowerBound) and \(years.upperBound)"))
        }
        if record.investmentYi > maximumInvestmentYi, record.investmentYi.isFinite {
            add("investment_yi", BilingualText(
                zh: "超过 \(FieldLimits.format(maximumInvestmentYi)) 亿元：单位是亿元，是否填成了万元？",
                en: "is over \(FieldLimits.format(maximumInvestmentYi)) 亿元: the unit is 亿元 (100 million yuan), was it given in 万元?"))
        } else if let reason = FieldLimits.check(record.investmentYi, in: 0...maximumInvestmentYi) {
            add("investment_yi", reason)
        }
        if let reason = FieldLimits.check(record.fundsInPlaceYi, in: 0...maximumInvestmentYi) {
            add("funds_in_place_yi", reason)
        } else if record.fundsInPlaceYi > record.investmentYi {
            add("funds_in_place_yi", BilingualText(
                zh: "到资 \(FieldLimits.format(record.fundsInPlaceYi)) 亿元超过计划投资 \(FieldLimits.format(record.investmentYi)) 亿元",
                en: "funds in place (\(FieldLimits.format(record.fundsInPlaceYi)) 亿元) exceed the investment (\(FieldLimits.format(record.investmentYi)) 亿元)"))
        }
        if let revenue = record.investorRevenueYi, let reason = FieldLimits.check(revenue, in: 0...FieldLimits.maximumMagnitude) {
            add("investor_revenue_yi", reason)
        }
        return issues
    }

    /// The key two projects of one year may not share.
    public struct NameKey: Sendable, Hashable {
        public let year: Int
        public let name: String

        public init(year: Int, name: String) {
            self.year = year
            self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Why a name is refused as a duplicate within its year.
    public static func duplicateName(_ record: ProjectRecord) -> BilingualText {
        BilingualText(zh: "\(record.year) 年已有名为“\(record.name)”的项目",
                      en: "A project named “\(record.name)” already exists in \(record.year)")
    }

    /// Whether a file's project says exactly what a stored project of the same year and name
    /// says, on every column the project file has (as an export writes it): the row is then that
    /// project read back, left as it is instead of refused as a second project of the name. A
    /// row that differs in anything but its linked leader is still refused: a project changes
    /// through its own page, which keeps its stage history.
    public static func repeats(_ record: ProjectRecord, stage: ProjectStage, since: PlanDate, isDemo: Bool,
                               stored: ProjectRecord, storedStage: ProjectStage, storedSince: String, storedIsDemo: Bool) -> Bool {
        NameKey(year: record.year, name: record.name) == NameKey(year: stored.year, name: stored.name)
            && record.codename == stored.codename && record.investor == stored.investor
            && record.investmentYi == stored.investmentYi && record.fundsInPlaceYi == stored.fundsInPlaceYi
            && record.channel == stored.channel && record.townCode == stored.townCode
            && record.leadDepartmentCode == stored.leadDepartmentCode && record.creditCode == stored.creditCode
            && record.isKey == stored.isKey && stage == storedStage && since.description == storedSince && isDemo == storedIsDemo
    }

    /// Whether a file's leader cell leaves a stored project's link as it is: `=` (or no account
    /// column) keeps whatever is stored; a blank cell says no leader; an account says that one.
    /// `storedAccount` is the sign-in name of the linked account, nil when none is linked.
    /// A row that repeats a project but for this changes only its link (the leader file rule:
    /// blank unlinks, an account relinks).
    public static func keepsLeader(_ choice: LeaderChoice, storedName: String?, storedLinked: Bool, storedAccount: String?) -> Bool {
        switch choice {
        case .keep: true
        case .none: !storedLinked && (storedName ?? "").isEmpty
        case .account(let username): storedAccount == username
        }
    }

    /// The rows (1-based, in order) whose name repeats one already taken in the same year,
    /// either by a stored project (`taken`) or by an earlier row.
    public static func duplicateRows(_ records: [ProjectRecord], taken: Set<NameKey>) -> [Int] {
        var seen = taken
        var rows: [Int] = []
        for (offset, record) in records.enumerated() {
            let key = NameKey(year: record.year, name: record.name)
            if !seen.insert(key).inserted { rows.append(offset + 1) }
        }
        return rows
    }
}
