/// CSV formula injection (CSV 公式注入): Excel, WPS and LibreOffice run a cell that begins with
/// `=`, `+`, `-` or `@` (or with a tab or carriage return, which some of them skip first) as a
/// formula, so a firm named `=HYPERLINK(…)` would run in the spreadsheet of whoever opens an
/// export. OWASP's rule: such a text cell gets a leading apostrophe, and the spreadsheet shows it
/// as text.
///
/// A cell that is a plain number (`-5`, `+3.25`, `-1.5e-05`) is left as it is: a spreadsheet
/// reads it as that number and nothing else, and data files must keep their negative numbers.
/// Our own importers undo the rule (`restored`) when they read such a file back, so an export
/// imported again changes nothing. The price: a text that really begins with an apostrophe
/// followed by one of those characters loses its apostrophe on the way through a CSV file.
public enum SpreadsheetFormula {
    /// The neutralising prefix, `'`.
    public static let apostrophe: UInt8 = 0x27

    /// Whether a cell with these UTF-8 bytes would be run as a formula.
    public static func needsNeutralising(_ utf8: UnsafeRawBufferPointer) -> Bool {
        guard let first = utf8.first, isTrigger(first) else { return false }
        return !isPlainNumber(utf8)
    }

    /// The text as a CSV cell may hold it: with the apostrophe when it would run as a formula.
    public static func neutralised(_ text: String) -> String {
        var copy = text
        let needed = copy.withUTF8 { needsNeutralising(UnsafeRawBufferPointer($0)) }
        return needed ? "'" + text : text
    }

    /// The text a neutralised cell stood for: the apostrophe removed when, and only when, the
    /// rest is a text `neutralised` would have prefixed.
    public static func restored(_ text: String) -> String {
        var copy = text
        let start = copy.withUTF8 { buffer in restoredStart(UnsafeRawBufferPointer(buffer)) }
        return start == 0 ? text : String(decoding: Array(text.utf8.dropFirst(start)), as: UTF8.self)
    }

    /// The bytes a neutralised cell stood for (a slice of `utf8`, no copy).
    public static func restored(_ utf8: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let start = restoredStart(utf8)
        return start == 0 ? utf8 : UnsafeRawBufferPointer(rebasing: utf8[start...])
    }

    private static func restoredStart(_ utf8: UnsafeRawBufferPointer) -> Int {
        guard utf8.count >= 2, utf8[0] == apostrophe, isTrigger(utf8[1]) else { return 0 }
        return needsNeutralising(UnsafeRawBufferPointer(rebasing: utf8[1...])) ? 1 : 0
    }

    @inline(__always)
    static func isTrigger(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), ASCIIByte.plus, ASCIIByte.minus, UInt8(ascii: "@"), ASCIIByte.tab, ASCIIByte.carriageReturn:
            true
        default:
            false
        }
    }

    /// `[+-]digits[.digits][e[+-]digits]`, at least one digit before the exponent.
    static func isPlainNumber(_ utf8: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = utf8.count
        func isDigit(_ i: Int) -> Bool { i < count && utf8[i] >= ASCIIByte.zero && utf8[i] <= ASCIIByte.nine }
        if index < count, utf8[index] == ASCIIByte.plus || utf8[index] == ASCIIByte.minus { index += 1 }
        var digits = 0
        while isDigit(index) { index += 1; digits += 1 }
        if index < count, utf8[index] == ASCIIByte.dot {
            index += 1
            while isDigit(index) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < count, utf8[index] == ASCIIByte.lowerE || utf8[index] == ASCIIByte.upperE {
            index += 1
            if index < count, utf8[index] == ASCIIByte.plus || utf8[index] == ASCIIByte.minus { index += 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == count
    }
}
