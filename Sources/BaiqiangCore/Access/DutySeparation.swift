/// Separation of the three administrators (三员分立, GB/T 22239-2019 level 3): the system
/// administrator configures, the security officer keeps accounts, the auditor reads the audit
/// log, and none can do the others' work.
///
/// It comes into force in a county once that county has an active security officer and an
/// active auditor. Until then the system administrator holds all three duties, so that an
/// installation upgraded from a single administrator role locks nobody out: the administrator
/// creates the two accounts and from then on is a system administrator only. Should either
/// account later be disabled, the duties fall back to the administrator rather than to nobody.
public enum DutySeparation {
    /// Whether the duties are separated in a county whose active accounts have these roles.
    public static func inForce(activeRoles: some Sequence<Role>) -> Bool {
        let roles = Set(activeRoles)
        return roles.contains(.securityOfficer) && roles.contains(.auditor)
    }

    /// The roles an account must hold for the duties to be separated.
    public static let separateRoles: [Role] = [.securityOfficer, .auditor]
}
