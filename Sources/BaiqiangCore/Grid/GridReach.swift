/// Which grids' events an account reads (and may report in): the one rule behind "a grid worker
/// sees only their grid; a town its own grids; the county's departments and admins all".
public enum GridReach: Sendable, Equatable {
    case county
    /// The grids of one town, by town code.
    case town(String)
    /// One grid, by grid code.
    case grid(String)
    case nothing

    public static func of(_ actor: AccessActor) -> GridReach {
        switch actor.role {
        case .admin, .department, .leader:
            return .county
        case .town:
            return actor.townCode.map(GridReach.town) ?? .nothing
        case .gridWorker:
            return actor.gridCode.map(GridReach.grid) ?? .nothing
        case .enterprise, .securityOfficer, .auditor, .prefecture, .supervisor:
            return .nothing
        }
    }

    /// Whether a grid of `gridCode` in `townCode` lies within this reach.
    public func admits(gridCode: String, townCode: String) -> Bool {
        switch self {
        case .county: true
        case .town(let code): code == townCode
        case .grid(let code): code == gridCode
        case .nothing: false
        }
    }
}
