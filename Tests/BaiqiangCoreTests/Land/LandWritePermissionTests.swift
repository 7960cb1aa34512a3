import Testing
@testable import BaiqiangCore

/// Who may record and change land disposals: administrators and the land bureau county-wide, a
/// town for its own town's parcels; no one else.
@Suite("Land writes 用地处置权限")
struct LandWritePermissionTests {
    @Test("Admin and the land bureau anywhere; a town its own town only; other departments, leaders and firms never")
    func writeLand() {
        let gonghe = Permissions.Action.writeLand(townCode: "gonghe")
        #expect(Permissions(.admin).allows(gonghe) && Permissions(.admin).allows(.writeLand(townCode: nil)))
        #expect(Permissions(.department("zrzyj", designations: [.landBureau])).allows(gonghe))
        // The profile's designation decides, not the department's code.
        #expect(Permissions(.department("gtj", designations: [.landBureau])).allows(gonghe))
        #expect(!Permissions(.department("zrzyj")).allows(gonghe))
        #expect(!Permissions(.department("jw", designations: [.disciplineOffice])).allows(gonghe))
        #expect(!Permissions(.department("gxj")).allows(gonghe))
        #expect(Permissions(.town("gonghe")).allows(gonghe))
        #expect(!Permissions(.town("shaping")).allows(gonghe))
        #expect(!Permissions(.town("gonghe")).allows(.writeLand(townCode: nil)))
        #expect(!Permissions(.leader).allows(gonghe))
        #expect(!Permissions(.enterprise("91440784000000001X")).allows(gonghe))
        #expect(AccessRefusal(gonghe).kind == .forbidden)
    }
}
