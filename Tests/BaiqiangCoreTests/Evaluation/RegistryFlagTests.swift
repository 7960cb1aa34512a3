import Testing
@testable import BaiqiangCore

@Suite("Evaluation flags from the registry: utilities not rated, 小升规")
struct RegistryFlagTests {
    @Test(arguments: [
        ("4411", true, true, FirmFlags.utility),     // 电力生产
        ("4500", true, true, FirmFlags.utility),     // 燃气
        ("4610", false, nil, FirmFlags.utility),     // 自来水
        ("4300", true, true, FirmFlags()),           // 金属制品、机械和设备修理业 is manufacturing
        ("4700", true, true, FirmFlags()),           // 房屋建筑业 is not a utility
        ("3311", true, false, FirmFlags.upgraded),   // above scale now, below last year
        ("3311", true, nil, FirmFlags()),            // no figure last year decides nothing
        ("3311", false, true, FirmFlags()),          // fell below scale
        ("4420", true, false, FirmFlags([.utility, .upgraded])),
    ] as [(String, Bool, Bool?, FirmFlags)])
    func flags(_ industry: String, _ above: Bool, _ previouslyAbove: Bool?, _ expected: FirmFlags) {
        #expect(FirmFlags.fromRegistry(industryCode: industry, aboveScale: above, previouslyAboveScale: previouslyAbove) == expected)
    }

    @Test func noIndustryCodeIsNoUtility() {
        #expect(FirmFlags.fromRegistry(industryCode: nil, aboveScale: false, previouslyAboveScale: false).isEmpty)
        #expect(FirmFlags.fromRegistry(industryCode: "4", aboveScale: false, previouslyAboveScale: false).isEmpty)
    }
}
