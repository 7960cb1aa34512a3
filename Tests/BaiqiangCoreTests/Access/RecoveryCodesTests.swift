import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Recovery codes")
struct RecoveryCodesTests {
    static let bytes = (0..<RecoveryCodes.bytesNeeded).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    @Test("Ten codes of four groups of four, without 0, O, 1 or I")
    func shape() throws {
        let codes = try RecoveryCodes.generate(from: Self.bytes)
        #expect(codes.count == 10)
        #expect(Set(codes).count == 10)
        for code in codes {
            let groups = code.split(separator: "-")
            #expect(groups.count == 4 && groups.allSatisfy { $0.count == 4 })
            #expect(!code.contains { "0O1I".contains($0) })
        }
    }

    @Test("Bytes become symbols five bits at a time: all zeros and all ones")
    func encoding() throws {
        let zeros = try RecoveryCodes.generate(from: [UInt8](repeating: 0, count: RecoveryCodes.bytesNeeded))
        let ones = try RecoveryCodes.generate(from: [UInt8](repeating: 0xFF, count: RecoveryCodes.bytesNeeded))
        #expect(zeros[0] == "2222-2222-2222-2222")
        #expect(ones[0] == "ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    }

    @Test("Fewer random bytes than ten codes need is refused, not padded")
    func notEnoughRandomness() {
        #expect(throws: RecoveryCodes.NotEnoughRandomness.self) {
            try RecoveryCodes.generate(from: Array(Self.bytes.dropLast()))
        }
    }

    @Test("Only SHA-256 digests are stored, never the codes")
    func storedHashed() throws {
        let codes = try RecoveryCodes.generate(from: Self.bytes)
        let set = RecoveryCodeSet(codes: codes)
        #expect(set.remaining == 10)
        let plain = codes[0].replacingOccurrences(of: "-", with: "")
        #expect(set.digests[0] == SHA256Hex.of(plain))
        #expect(!set.digests.contains { $0.contains(plain) })
    }

    @Test("A code works once: using it removes it, and the others still work")
    func singleUse() throws {
        let codes = try RecoveryCodes.generate(from: Self.bytes)
        let set = RecoveryCodeSet(codes: codes)
        let after = try #require(set.consuming(codes[3]))
        #expect(after.remaining == 9)
        #expect(after.consuming(codes[3]) == nil)
        #expect(after.consuming(codes[4])?.remaining == 8)
    }

    @Test("Typed in lower case, with spaces or without hyphens, a code is still recognised")
    func tolerantInput() throws {
        let codes = try RecoveryCodes.generate(from: Self.bytes)
        let set = RecoveryCodeSet(codes: codes)
        let typed = codes[0].lowercased().replacingOccurrences(of: "-", with: " ")
        #expect(set.consuming(typed)?.remaining == 9)
    }

    @Test("A code that is not one of the set, or not a code at all, is refused")
    func unknownCode() throws {
        let set = RecoveryCodeSet(codes: try RecoveryCodes.generate(from: Self.bytes))
        #expect(set.consuming("2222-2222-2222-2222") == nil)
        #expect(set.consuming("") == nil)
        #expect(set.consuming("OOOO-IIII-0000-1111") == nil)
    }
}
