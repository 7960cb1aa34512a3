import Testing
@testable import BaiqiangCore

/// Stored digests (session and API tokens, audit rows, import and evaluation inputs) are compared
/// as text, so the text must stay exactly FIPS 180-2's lower-case hex.
@Suite("SHA-256 as lower-case hex")
struct SHA256HexTests {
    @Test func knownVectors() {
        #expect(SHA256Hex.of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Hex.of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Hex.of(Array("abc".utf8)) == SHA256Hex.of("abc"))
    }

    @Test func everyByteValueHasTwoDigits() {
        #expect(Hex.encode([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.encode((0...255).map(UInt8.init)).count == 512)
    }
}
