import Foundation

/// Builds CSV output as bytes: commas between fields, LF at record ends, quoting only where
/// a field needs it (RFC 4180), and numbers formatted without going through `String(format:)`.
/// Every text field a spreadsheet would run as a formula is neutralised (`SpreadsheetFormula`),
/// here, so no export, rejected-rows file or data file can forget it.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var atRecordStart = true

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A text field, quoted when it holds a comma, a quote or a line break.
    public mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field(UnsafeRawBufferPointer($0)) }
    }

    /// A constant text field (a header name, a class letter): no `String` is made.
    public mutating func field(_ text: StaticString) {
        field(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A text field given as UTF-8 bytes.
    public mutating func field(_ utf8: UnsafeRawBufferPointer) {
        separate()
        let neutralised = SpreadsheetFormula.needsNeutralising(utf8)
        let needsQuotes = utf8.contains { $0 == ASCIIByte.comma || $0 == ASCIIByte.quote || $0 == ASCIIByte.lineFeed || $0 == ASCIIByte.carriageReturn }
        guard needsQuotes else {
            if neutralised { bytes.append(SpreadsheetFormula.apostrophe) }
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(ASCIIByte.quote)
        if neutralised { bytes.append(SpreadsheetFormula.apostrophe) }
        for b in utf8 {
            if b == ASCIIByte.quote { bytes.append(ASCIIByte.quote) }
            bytes.append(b)
        }
        bytes.append(ASCIIByte.quote)
    }

    /// An empty field (a missing value).
    public mutating func emptyField() {
        separate()
    }

    public mutating func integer(_ value: Int) {
        separate()
        appendDigits(of: value)
    }

    /// A number with exactly `decimals` digits after the point, rounded like C's `%.Nf`
    /// (round half to even on the exact binary value).
    public mutating func fixed(_ value: Double, decimals: Int) {
        separate()
        let scale = Self.powersOfTen[decimals]
        let scaled = abs(value) * scale
        // The product is off by at most half an ulp; only a value that close to a rounding tie
        // (or too large for Int64) needs the exact but slower C formatter.
        let fraction = scaled - scaled.rounded(.down)
        let nearTie = abs(fraction - 0.5) <= scaled.ulp * 2
        guard value.isFinite, scaled < 9.0e15, !nearTie, decimals <= 9 else {
            bytes.append(contentsOf: Array(String(format: "%.\(decimals)f", value).utf8))
            return
        }
        let units = Int64(scaled.rounded(.toNearestOrEven))
        if value.sign == .minus { bytes.append(ASCIIByte.minus) }
        let divisor = Int64(scale)
        appendDigits(of: Int(units / divisor))
        if decimals > 0 {
            bytes.append(ASCIIByte.dot)
            var remainder = units % divisor
            var digitDivisor = divisor / 10
            for _ in 0..<decimals {
                bytes.append(ASCIIByte.zero + UInt8(remainder / digitDivisor))
                remainder %= digitDivisor
                digitDivisor /= 10
            }
        }
    }

    /// Ends the current record.
    public mutating func endRecord() {
        bytes.append(ASCIIByte.lineFeed)
        atRecordStart = true
    }

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]

    private mutating func separate() {
        if atRecordStart {
            atRecordStart = false
        } else {
            bytes.append(ASCIIByte.comma)
        }
    }

    private mutating func appendDigits(of value: Int) {
        if value < 0 { bytes.append(ASCIIByte.minus) }
        var magnitude = value.magnitude
        // At most 20 decimal digits in a 64-bit integer; written backwards into a small buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = 0
            repeat {
                digits[n] = ASCIIByte.zero + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            while n > 0 {
                n -= 1
                bytes.append(digits[n])
            }
        }
    }
}
