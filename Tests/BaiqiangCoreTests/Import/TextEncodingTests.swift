import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct TextEncodingTests {
    /// "企业名称,镇街\n" in GB18030, as Python's `'企业名称,镇街\n'.encode('gb18030')` gives it.
    static let gb18030Header: [UInt8] = [
        0xC6, 0xF3, 0xD2, 0xB5, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xD5, 0xF2, 0xBD, 0xD6, 0x0A,
    ]

    @Test func plainUTF8IsUTF8() throws {
        let (bytes, encoding) = try TextDecoding.utf8Bytes(from: Data("企业名称,镇街\n".utf8))
        #expect(encoding == .utf8)
        #expect(String(decoding: bytes, as: UTF8.self) == "企业名称,镇街\n")
    }

    @Test func byteOrderMarkIsRemoved() throws {
        let (bytes, encoding) = try TextDecoding.utf8Bytes(from: Data([0xEF, 0xBB, 0xBF] + Array("年份\n".utf8)))
        #expect(encoding == .utf8WithBOM)
        #expect(bytes == Array("年份\n".utf8))
    }

    @Test func gb18030TwoByteCharactersDecode() throws {
        let (bytes, encoding) = try TextDecoding.utf8Bytes(from: Data(Self.gb18030Header))
        #expect(encoding == .gb18030)
        #expect(String(decoding: bytes, as: UTF8.self) == "企业名称,镇街\n")
    }

    /// U+20000 𠀀 is outside GBK: GB18030 writes it as the four bytes 95 32 82 36.
    @Test func gb18030FourByteSequencesDecode() throws {
        let text = try TextDecoding.string(from: Data([0xC6, 0xF3, 0xD2, 0xB5, 0x95, 0x32, 0x82, 0x36]))
        #expect(text == "企业𠀀")
    }

    @Test func bytesThatAreNeitherAreRejected() {
        #expect(throws: ImportFileError(.undecodableText)) {
            try TextDecoding.utf8Bytes(from: Data([0x41, 0xFF, 0xFF, 0x42]))
        }
    }

    @Test func utf8ValidationIsStrict() {
        func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { UTF8Validation.isValid($0) } }
        #expect(valid(Array("镇街 𠀀 abc".utf8)))
        #expect(!valid([0xC0, 0xAF]))              // overlong '/'
        #expect(!valid([0xED, 0xA0, 0x80]))        // a UTF-16 surrogate
        #expect(!valid([0xE4, 0xBC]))              // cut short
        #expect(!valid(Self.gb18030Header))
    }

    @Test func aGB18030CSVReadsLikeItsUTF8Twin() throws {
        var data = Self.gb18030Header
        data += Array("A,B\n".utf8)
        let table = try TableReader(data: Data(data))
        #expect(table.encoding == .gb18030)
        let rows = try ImportTestSupport.rows(table)
        #expect(rows.map(\.cells) == [["企业名称", "镇街"], ["A", "B"]])
    }
}
