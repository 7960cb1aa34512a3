import BaiqiangCore

/// Who made a change, as the audit log names them.
public struct AuditActor: Sendable, Equatable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    /// The server itself (seeding, migrations).
    public static let system = AuditActor(name: "system", role: "system")
    /// Someone not signed in (a failed login, for instance).
    public static let anonymous = AuditActor(name: "anonymous", role: "anonymous")

    /// A command-line operator, named by the operating-system user.
    public static func commandLine(_ osUser: String) -> AuditActor {
        AuditActor(name: "cli:\(osUser)", role: "cli")
    }

    static func user(_ user: User) -> AuditActor {
        AuditActor(name: user.username, role: user.role.rawValue)
    }
}
