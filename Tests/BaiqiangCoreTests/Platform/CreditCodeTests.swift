import Testing
@testable import BaiqiangCore

@Suite("Unified social credit code (统一社会信用代码)")
struct CreditCodeTests {
    @Test("A published code with a valid check character is accepted")
    func acceptsValid() throws {
        // 91350100M000100Y43: the GB 32100-2015 worked example.
        #expect(try CreditCode("91350100M000100Y43").value == "91350100M000100Y43")
        #expect(try CreditCode(" 91350100m000100y43 ").value == "91350100M000100Y43")
    }

    @Test("A wrong check character is rejected, naming the expected one")
    func rejectsWrongCheck() {
        #expect {
            try CreditCode("91350100M000100Y44")
        } throws: { error in
            let message = (error as? CreditCode.Invalid)?.message
            return message?.en.contains("expected '3'") == true && message?.zh.contains("应为“3”") == true
        }
    }

    @Test("Length and alphabet are checked", arguments: ["9135010", "91350100M000100Y4I", "91350100M000100O43"])
    func rejectsMalformed(_ text: String) {
        #expect(throws: CreditCode.Invalid.self) { try CreditCode(text) }
    }

    @Test("Completing a 17-character body gives a code that validates")
    func completes() throws {
        let code = try #require(CreditCode.completing("91440784000000001"))
        #expect(code.count == 18)
        #expect(try CreditCode(code).value == code)
        #expect(CreditCode.completing("9144078400000000") == nil)
    }

    @Test("Packed codes sort as their text does")
    func packedOrder() throws {
        let bodies = ["91440784MA4UJ8XA5", "91440784000000001", "11440784007012345", "91350100M000100Y4",
                      "52440784ABCDEFGH1", "914407840000000A0", "91440784000000010"]
        let codes = try bodies.map { try CreditCode(try #require(CreditCode.completing($0))) }
        let byText = codes.map(\.value).sorted()
        #expect(codes.sorted { PackedCreditCode($0) < PackedCreditCode($1) }.map(\.value) == byText)
    }
}
