import Testing
@testable import BaiqiangCore

/// Who keeps the county's plans: only administrators switch the current plan, publish one or
/// start the next one; a department owning targets may not.
@Suite struct PlanPermissionTests {
    @Test(arguments: Role.allCases)
    func onlyAdministratorsManagePlans(role: Role) {
        let actor = AccessActor(role: role, departmentCode: role == .department ? "gxj" : nil)
        #expect(Permissions(actor).allows(.managePlans) == (role == .admin))
    }
}
