import Foundation

/// Numbers parsed straight from bytes, without making a `String` per field.
///
/// Accepts an optional sign, digits with an optional decimal point, and an optional exponent
/// (`-12`, `3.5`, `.5`, `1e3`, `2.5E-4`), with surrounding spaces or tabs. Rejects everything
/// else, including `nan` and `inf`, and results that overflow to infinity.
public enum ASCIINumber {
    /// Exact powers of ten: every one up to 1e22 is representable, which is what makes the
    /// fast path below correctly rounded (Clinger's algorithm).
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    public static func parseDouble(_ bytes: UnsafeRawBufferPointer) -> Double? {
        guard let base = bytes.baseAddress else { return nil }
        return parseDouble(base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    public static func parseDouble(_ bytes: [UInt8]) -> Double? {
        bytes.withUnsafeBytes { parseDouble($0) }
    }

    public static func parseDouble(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parseDouble(UnsafeRawBufferPointer($0)) }
    }

    /// Parses `count` bytes at `p`; nil when they are not exactly one number.
    public static func parseDouble(_ p: UnsafePointer<UInt8>, count: Int) -> Double? {
        var start = 0
        var end = count
        while start < end && (p[start] == ASCIIByte.space || p[start] == ASCIIByte.tab) { start += 1 }
        while end > start && (p[end - 1] == ASCIIByte.space || p[end - 1] == ASCIIByte.tab) { end -= 1 }
        guard start < end else { return nil }

        var i = start
        var negative = false
        if p[i] == ASCIIByte.minus || p[i] == ASCIIByte.plus {
            negative = p[i] == ASCIIByte.minus
            i += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digitsSeen = 0
        var decimalExponent = 0
        while i < end, p[i] >= ASCIIByte.zero && p[i] <= ASCIIByte.nine {
            accumulate(p[i], into: &mantissa, significant: &significantDigits, exponent: &decimalExponent, fraction: false)
            digitsSeen += 1
            i += 1
        }
        if i < end && p[i] == ASCIIByte.dot {
            i += 1
            while i < end, p[i] >= ASCIIByte.zero && p[i] <= ASCIIByte.nine {
                accumulate(p[i], into: &mantissa, significant: &significantDigits, exponent: &decimalExponent, fraction: true)
                digitsSeen += 1
                i += 1
            }
        }
        guard digitsSeen > 0 else { return nil }
        if i < end && (p[i] == ASCIIByte.lowerE || p[i] == ASCIIByte.upperE) {
            i += 1
            var exponentNegative = false
            if i < end && (p[i] == ASCIIByte.minus || p[i] == ASCIIByte.plus) {
                exponentNegative = p[i] == ASCIIByte.minus
                i += 1
            }
            var exponent = 0
            var exponentDigits = 0
            while i < end, p[i] >= ASCIIByte.zero && p[i] <= ASCIIByte.nine {
                // Saturate: anything this large is an overflow or an underflow either way.
                if exponent < 100_000 { exponent = exponent * 10 + Int(p[i] - ASCIIByte.zero) }
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        guard i == end else { return nil }

        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        if significantDigits <= 19 && mantissa <= (1 << 53) && abs(decimalExponent) <= 22 {
            let m = Double(mantissa)
            let value = decimalExponent < 0
                ? m / exactPowersOfTen[-decimalExponent]
                : m * exactPowersOfTen[decimalExponent]
            return negative ? -value : value
        }
        return parseWithCLibrary(p + start, count: end - start)
    }

    /// Parses an integer such as a year; nil for anything else (including `2015.0`).
    public static func parseInt(_ p: UnsafePointer<UInt8>, count: Int) -> Int? {
        var start = 0
        var end = count
        while start < end && (p[start] == ASCIIByte.space || p[start] == ASCIIByte.tab) { start += 1 }
        while end > start && (p[end - 1] == ASCIIByte.space || p[end - 1] == ASCIIByte.tab) { end -= 1 }
        guard start < end else { return nil }
        var i = start
        var negative = false
        if p[i] == ASCIIByte.minus || p[i] == ASCIIByte.plus {
            negative = p[i] == ASCIIByte.minus
            i += 1
        }
        guard i < end, end - i <= 18 else { return nil }
        var value = 0
        while i < end {
            guard p[i] >= ASCIIByte.zero && p[i] <= ASCIIByte.nine else { return nil }
            value = value * 10 + Int(p[i] - ASCIIByte.zero)
            i += 1
        }
        return negative ? -value : value
    }

    public static func parseInt(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        return parseInt(base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    @inline(__always)
    private static func accumulate(
        _ digit: UInt8, into mantissa: inout UInt64, significant: inout Int, exponent: inout Int, fraction: Bool
    ) {
        let d = UInt64(digit - ASCIIByte.zero)
        if mantissa == 0 && d == 0 {
            // Leading zeros carry no precision; in a fraction they only move the point.
            if fraction { exponent -= 1 }
            return
        }
        significant += 1
        if significant <= 19 {
            mantissa = mantissa &* 10 &+ d
            if fraction { exponent -= 1 }
        } else if !fraction {
            // Digits past 19 are left to the slow path; keep the magnitude right meanwhile.
            exponent += 1
        }
    }

    /// The rare slow path (more than 19 digits, or a large exponent): the C library rounds correctly.
    private static func parseWithCLibrary(_ p: UnsafePointer<UInt8>, count: Int) -> Double? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer -> Double? in
            for i in 0..<count { buffer[i] = CChar(bitPattern: p[i]) }
            buffer[count] = 0
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &endPointer)
            guard endPointer == buffer.baseAddress! + count, value.isFinite else { return nil }
            return value
        }
    }
}
