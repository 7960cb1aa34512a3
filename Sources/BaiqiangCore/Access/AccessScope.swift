/// The slice of the county's data an account may see. Every query of scoped data is narrowed by
/// this one value, so the rule "a town never sees another town's data" lives here only.
public enum AccessScope: Sendable, Equatable {
    /// The whole county (admin, leader, department).
    case county
    /// One town's data (镇街), by town code.
    case town(String)
    /// One enterprise's own data, by unified social credit code.
    case enterprise(String)
    /// Nothing (an account whose binding is missing sees nothing rather than everything).
    case nothing

    public static func of(role: Role, townCode: String?, creditCode: String?) -> AccessScope {
        switch role {
        case .admin, .leader, .department, .prefecture:
            return .county
        case .securityOfficer, .auditor, .supervisor, .gridWorker:
            // They keep accounts and the audit log, not the county's firms and figures; a
            // supervisor reads only their own reports (`SupervisionReach`), a grid worker its
            // grid's events (`GridReach`).
            return .nothing
        case .town:
            guard let townCode else { return .nothing }
            return .town(townCode)
        case .enterprise:
            guard let creditCode else { return .nothing }
            return .enterprise(creditCode)
        }
    }

    /// Whether a record of the given town and enterprise lies within this scope.
    public func admits(townCode: String?, creditCode: String?) -> Bool {
        switch self {
        case .county: true
        case .town(let code): townCode == code
        case .enterprise(let code): creditCode == code
        case .nothing: false
        }
    }
}
