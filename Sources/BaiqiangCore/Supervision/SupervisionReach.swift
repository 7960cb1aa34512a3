/// Which supervisors' reports an account reads. A report names who filed it, and the person
/// reported on may be the reader's colleague: so only the discipline office (纪委监委, the
/// department the county profile designates) reads them all, and a supervisor only their own.
/// Administrators, leaders, the unit concerned and everyone else read none; leaders and the
/// discipline office see the yearly counts (`SupervisionSummary`), which name no reporter.
public enum SupervisionReach: Sendable, Equatable {
    /// Every report of the county: the discipline office.
    case all
    /// The reports this account filed: a supervisor.
    case filedByReader
    /// None.
    case nothing

    public static func of(_ actor: AccessActor) -> SupervisionReach {
        if actor.role == .department && actor.designations.contains(.disciplineOffice) { return .all }
        if actor.role == .supervisor { return .filedByReader }
        return .nothing
    }

    /// Whether a report filed by `reporter` is readable by `reader` (account ids).
    public func admits(reporter: String, reader: String) -> Bool {
        switch self {
        case .all: true
        case .filedByReader: reporter == reader
        case .nothing: false
        }
    }
}
