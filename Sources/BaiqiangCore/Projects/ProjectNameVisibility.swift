/// Who may see a project's real name (项目保密): until the agreement is signed a project goes by
/// a codename (代号), as talks are confidential; the lead department (牵头部门) and administrators
/// see the real name throughout. Once signed, everyone who may see the project sees its name.
public struct ProjectNameVisibility: Sendable, Hashable {
    /// The lead department's code.
    public let leadDepartmentCode: String?
    /// Whether the project was ever signed (`ProjectStageHistory.wasSigned`): a name once public
    /// stays public, even if talks later move back.
    public let wasSigned: Bool

    public init(leadDepartmentCode: String?, wasSigned: Bool) {
        self.leadDepartmentCode = leadDepartmentCode
        self.wasSigned = wasSigned
    }

    public func showsRealName(to actor: AccessActor) -> Bool {
        if wasSigned || actor.role == .admin { return true }
        guard actor.role == .department, let mine = actor.departmentCode, let lead = leadDepartmentCode else {
            return false
        }
        return mine == lead
    }

    /// The name to show this actor: the real one, or the codename.
    public func name(realName: String, codename: String, for actor: AccessActor) -> String {
        showsRealName(to: actor) ? realName : codename
    }
}
