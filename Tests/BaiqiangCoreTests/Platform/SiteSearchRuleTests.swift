import Testing
@testable import BaiqiangCore

@Suite struct SiteSearchRuleTests {
    @Test("A query is trimmed, empty finds nothing, and one longer than 64 characters is refused")
    func queryLimits() {
        #expect(SiteSearch.query("  沙坪 ") == .text("沙坪"))
        #expect(SiteSearch.query("   ") == .empty)
        #expect(SiteSearch.query(nil) == .empty)
        #expect(SiteSearch.query(String(repeating: "长", count: 64)) == .text(String(repeating: "长", count: 64)))
        #expect(SiteSearch.query(String(repeating: "长", count: 65)) == .tooLong)
    }

    @Test("A match ignores case and full-width letters")
    func matching() {
        #expect(SiteSearch.matches("gdp", in: ["地区生产总值", "GDP"]))
        #expect(SiteSearch.matches("ＧＤＰ", in: [nil, "gdp"]))
        #expect(!SiteSearch.matches("税收", in: ["地区生产总值", nil]))
    }
}
