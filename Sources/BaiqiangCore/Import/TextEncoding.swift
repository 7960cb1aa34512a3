import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// The text encodings an imported CSV file may use (文本编码). Statistics bureaus export Excel
/// sheets as CSV in GB18030 (or its subset GBK); everything else arrives as UTF-8, often with a BOM.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8
    case utf8WithBOM
    case gb18030

    /// Detects the encoding: a UTF-8 byte-order mark means UTF-8; bytes that are valid UTF-8
    /// are UTF-8 (GB18030 text is almost never valid UTF-8); anything else is taken as GB18030.
    public static func detect(_ bytes: UnsafeRawBufferPointer) -> TextEncoding {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8WithBOM }
        return UTF8Validation.isValid(bytes) ? .utf8 : .gb18030
    }

    /// Foundation's identifier for GB18030-2000, which swift-corelibs-foundation decodes on
    /// Linux too (including its four-byte sequences), so no mapping table is shipped.
    public static let foundationGB18030: String.Encoding = {
        let cf = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
        return String.Encoding(rawValue: cf)
    }()
}

/// Turns imported bytes into UTF-8 so that every reader downstream handles one encoding.
public enum TextDecoding {
    /// The input as UTF-8 bytes without a BOM, and the encoding it was in.
    public static func utf8Bytes(from data: Data) throws(ImportFileError) -> (bytes: [UInt8], encoding: TextEncoding) {
        let encoding = data.withUnsafeBytes { TextEncoding.detect($0) }
        switch encoding {
        case .utf8:
            return (Array(data), .utf8)
        case .utf8WithBOM:
            return (Array(data.dropFirst(3)), .utf8WithBOM)
        case .gb18030:
            guard let text = String(data: data, encoding: TextEncoding.foundationGB18030) else {
                throw ImportFileError(.undecodableText)
            }
            return (Array(text.utf8), .gb18030)
        }
    }

    /// The input decoded as a string, whichever supported encoding it is in.
    public static func string(from data: Data) throws(ImportFileError) -> String {
        let (bytes, _) = try utf8Bytes(from: data)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A strict UTF-8 check over raw bytes (no overlong forms, no surrogates, nothing past U+10FFFF),
/// written out so it runs on any platform version and at memory speed on ASCII.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            // Most of a CSV is ASCII (digits, commas): check eight bytes at a time while it is.
            if i + 8 <= count, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard i + length <= count else { return false }
            let b1 = bytes[i + 1]
            guard b1 >= lower && b1 <= upper else { return false }
            for k in 2..<max(2, length) where !(bytes[i + k] >= 0x80 && bytes[i + k] <= 0xBF) {
                return false
            }
            i += length
        }
        return true
    }
}
