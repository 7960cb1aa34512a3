import Foundation
import Testing
@testable import BaiqiangCore

@Suite("QR code encoder: the standard's building blocks")
struct QRCodeTests {
    @Test("Reed–Solomon codewords of ISO/IEC 18004's worked example, 01234567 at 1-M")
    func reedSolomonISOExample() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11,
                             0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10)
                == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
    }

    @Test("Reed–Solomon codewords of HELLO WORLD at 1-M")
    func reedSolomonHelloWorld() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10)
                == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test("Format information at level M for each of the eight masks", arguments: [
        (0, "101010000010010"), (1, "101000100100101"), (2, "101111001111100"), (3, "101101101001011"),
        (4, "100010111111001"), (5, "100000011001110"), (6, "100111110010111"), (7, "100101010100000"),
    ])
    func formatBits(mask: Int, bits: String) {
        #expect(QRFormatInformation.formatBits(mask: mask) == Int(bits, radix: 2))
    }

    @Test("Version information of versions 7, 8 and 10", arguments: [
        (7, "000111110010010100"), (8, "001000010110111100"), (10, "001010010011010011"),
    ])
    func versionBits(version: Int, bits: String) {
        #expect(QRFormatInformation.versionBits(version: version) == Int(bits, radix: 2))
    }

    @Test("Byte mode: mode 0100, an 8-bit count, the bytes, a terminator, then EC 11 padding")
    func dataCodewords() throws {
        let version = try #require(QRVersion.smallest(holding: 1))
        let words = QRCodewords.dataCodewords(Array("A".utf8), version: version)
        #expect(words == [0x40, 0x14, 0x10, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
    }

    @Test("The smallest version that holds the bytes, at level M's byte capacities", arguments: [
        (14, 1), (15, 2), (106, 6), (107, 7), (122, 7), (152, 8), (213, 10),
    ])
    func versionChoice(bytes: Int, version: Int) throws {
        let code = try QRCode(bytes: [UInt8](repeating: 0x61, count: bytes))
        #expect(code.version == version)
        #expect(code.size == 17 + 4 * version)
    }

    @Test("More than version 10 holds is refused")
    func tooLong() {
        #expect(throws: QRCode.TooLong(byteCount: 214)) { try QRCode(bytes: [UInt8](repeating: 0x61, count: 214)) }
    }

    @Test("Finders in three corners, alternating timing patterns and the always-dark module")
    func functionPatterns() throws {
        let code = try QRCode(text: "otpauth://totp/x")
        let m = code.modules, n = code.size
        for (row, column) in [(0, 0), (0, n - 7), (n - 7, 0)] {
            #expect(m[row][column] && m[row + 6][column + 6] && m[row + 3][column + 3])
            #expect(!m[row + 1][column + 1] && m[row + 2][column + 2] && !m[row + 5][column + 5])
        }
        #expect((8..<(n - 8)).allSatisfy { m[6][$0] == ($0 % 2 == 0) && m[$0][6] == ($0 % 2 == 0) })
        #expect(m[n - 8][8])
    }

    @Test("The mask chosen has the lowest penalty of the eight")
    func maskChoice() throws {
        let bytes = Array("otpauth://totp/%E7%99%BE%E5%BC%BA:zhangwei?secret=JBSWY3DPEHPK3PXP&issuer=%E7%99%BE%E5%BC%BA".utf8)
        let chosen = try QRCode(bytes: bytes)
        let penalties = try (0..<8).map { QRMask.penalty(try QRCode(bytes: bytes, mask: $0).modules) }
        #expect(QRMask.penalty(chosen.modules) == penalties.min())
        #expect(penalties[chosen.mask] == penalties.min())
    }

    @Test("Penalty rules: a run of five scores 3, each module more 1; a finder look-alike 40")
    func penaltyRules() {
        #expect(QRMask.runPenalty([true, true, true, true, false]) == 0)
        #expect(QRMask.runPenalty([true, true, true, true, true, false]) == 3)
        #expect(QRMask.runPenalty([true, true, true, true, true, true, true]) == 5)
        let finder = [true, false, true, true, true, false, true, false, false, false, false]
        #expect(QRMask.finderPenalty(finder) == 40)
        #expect(QRMask.finderPenalty(Array(finder.reversed())) == 40)
    }

    @Test("The SVG has a quiet zone of four modules and one rectangle per dark run")
    func svg() throws {
        let code = try QRCode(text: "A")
        let svg = code.svg(moduleSize: 2)
        let side = (21 + 8) * 2
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""))
        // The top-left finder's first row is one run of seven modules, starting after the quiet zone.
        #expect(code.pathData(moduleSize: 2).hasPrefix("M8 8h14v2h-14z"))
    }
}

@Suite("QR code encoder: read back by a real decoder")
struct QRCodeRoundTripTests {
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let tools: (rsvg: String, zbar: String)? = {
        guard let rsvg = tool("rsvg-convert"), let zbar = tool("zbarimg") else { return nil }
        return (rsvg, zbar)
    }()

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Texts whose lengths land in each of versions 1 to 10.
    static let texts: [String] = [14, 20, 40, 60, 80, 100, 120, 150, 180, 213].enumerated().map { index, length in
        let uri = "otpauth://totp/%E7%99%BE%E5%BC%BA:user\(index)?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=%E7%99%BE%E5%BC%BA&x="
        return String((uri + String(repeating: "q", count: max(0, length - uri.count))).prefix(length))
    }

    @Test("zbarimg reads back every version 1–10 from the SVG rendered by rsvg-convert",
          .enabled(if: tools != nil, "zbarimg or rsvg-convert is not installed (apt-get install zbar-tools librsvg2-bin): round trip skipped"),
          arguments: texts)
    func roundTrip(text: String) throws {
        try Self.decodes(try QRCode(text: text), as: text)
    }

    @Test("zbarimg reads back each of the eight masks",
          .enabled(if: tools != nil, "zbarimg or rsvg-convert is not installed (apt-get install zbar-tools librsvg2-bin): round trip skipped"),
          arguments: 0..<8)
    func everyMask(mask: Int) throws {
        let text = Self.texts[7]
        try Self.decodes(try QRCode(bytes: Array(text.utf8), mask: mask), as: text)
    }

    static func decodes(_ code: QRCode, as text: String) throws {
        let tools = try #require(Self.tools)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let svg = directory.appendingPathComponent("code.svg"), png = directory.appendingPathComponent("code.png")
        try code.svg().write(to: svg, atomically: true, encoding: .utf8)
        _ = try Self.run(tools.rsvg, ["-o", png.path, svg.path])
        let decoded = try Self.run(tools.zbar, ["--raw", "-q", png.path])
        #expect(decoded.trimmingCharacters(in: .newlines) == text, "version \(code.version), mask \(code.mask)")
    }
}
