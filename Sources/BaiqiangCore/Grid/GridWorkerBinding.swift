/// What the store finds for one grid worker binding before the rule decides on it.
public struct GridWorkerFacts: Sendable, Hashable {
    /// The role of the account of that username in the county; nil when there is none.
    public var accountRole: Role?
    /// The town of the grid named; nil when the county has no such grid.
    public var gridTownCode: String?
    /// The town of the grid the account is bound to now; nil when it is bound to none.
    public var currentTownCode: String?

    public init(accountRole: Role?, gridTownCode: String?, currentTownCode: String?) {
        self.accountRole = accountRole
        self.gridTownCode = gridTownCode
        self.currentTownCode = currentTownCode
    }
}

/// Binding a grid worker account to a grid and team (网格员绑定), moving it to another grid, or
/// unbinding it: the one rule behind the binding page, the API and `baiqiang import grid-workers`.
/// A town keeps the workers of its own grids only: a grid of another town is as unknown to it as
/// one that does not exist, and it can neither take a worker away from another town's grid nor
/// unbind one there.
public enum GridWorkerBinding {
    /// Whether `actor` may bind (or move) this account at all, before a grid is named: the
    /// accounts the binding page offers. A grid worker account that is unbound, or bound to a
    /// grid of a town the actor keeps (an administrator every town, a town its own): a town binds
    /// its own town's people and the county's unbound workers, never another town's.
    public static func isEligible(accountRole: Role?, currentTownCode: String?, actor: AccessActor) -> Bool {
        guard accountRole == .gridWorker else { return false }
        guard let current = currentTownCode else { return true }
        return Permissions(actor).allows(.bindGridWorkers(townCode: current))
    }

    public static func issues(_ record: GridWorkerRecord, facts: GridWorkerFacts, actor: AccessActor, row: Int? = nil) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ reason: BilingualText) { issues.append(LocatedIssue(row: row, column: column, reason: reason)) }
        let permissions = Permissions(actor)
        let required = BilingualText(zh: "不能为空", en: "is required")
        if record.username.isEmpty { add("username", required) }
        else if let reason = FieldLimits.check(record.username, .username) { add("username", reason) }
        else if facts.accountRole != .gridWorker {
            add("username", BilingualText(zh: "“\(record.username)”不是网格员账号", en: "'\(record.username)' is not a grid worker account"))
        }
        if record.gridCode.isEmpty { add("grid", required) }
        else if let reason = FieldLimits.check(record.gridCode, .code) { add("grid", reason) }
        else if facts.gridTownCode == nil || !permissions.allows(.bindGridWorkers(townCode: facts.gridTownCode)) {
            add("grid", BilingualText(zh: "未知的网格“\(record.gridCode)”", en: "Unknown grid '\(record.gridCode)'"))
        }
        if let current = facts.currentTownCode, current != facts.gridTownCode, !permissions.allows(.bindGridWorkers(townCode: current)) {
            add("username", BilingualText(zh: "“\(record.username)”已绑定在其他镇街的网格，须由该镇街或管理员调整",
                                          en: "'\(record.username)' is bound to a grid of another town: that town or an administrator moves it"))
        }
        return issues
    }

    /// The problems of unbinding `username`: it must be bound to a grid the actor keeps.
    public static func unbindIssues(username: String, facts: GridWorkerFacts, actor: AccessActor) -> [LocatedIssue] {
        guard let current = facts.currentTownCode, Permissions(actor).allows(.bindGridWorkers(townCode: current)) else {
            return [LocatedIssue(row: nil, column: "username", reason: BilingualText(
                zh: "“\(username)”没有绑定在您维护的网格", en: "'\(username)' is not bound to a grid you keep"))]
        }
        return []
    }
}
