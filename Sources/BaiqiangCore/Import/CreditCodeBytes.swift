/// Checks a credit code straight from a cell's bytes, so a million valid codes cost no string
/// processing; anything unusual (lower case, spaces, a wrong character) falls back to
/// `CreditCode.init`, which also words the error.
enum CreditCodeBytes {
    /// Code value of each ASCII byte in the GB 32100 alphabet, or -1.
    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, character) in CreditCode.alphabet.enumerated() {
            table[Int(character.asciiValue!)] = Int8(value)
        }
        return table
    }()

    /// Whether the bytes are exactly 18 upper-case alphabet characters with the right check character.
    static func isValidCanonical(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count == 18 else { return false }
        var sum = 0
        for i in 0..<17 {
            let b = bytes[i]
            guard b < 128 else { return false }
            let value = Int(values[Int(b)])
            guard value >= 0 else { return false }
            sum += value * CreditCode.weights[i]
        }
        let last = bytes[17]
        guard last < 128 else { return false }
        return Int(values[Int(last)]) == (31 - sum % 31) % 31
    }
}

/// Two integers holding a credit code's 18 ASCII characters, 9 per half: a key that hashes and
/// compares without touching a string. Codes order as their text does (every code is 18 ASCII
/// characters), so an importer can sort a million rows by code cheaply.
public struct PackedCreditCode: Hashable, Comparable, Sendable {
    let high: UInt64
    let low: UInt64

    public init(_ code: CreditCode) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in code.value.utf8.enumerated() {
            if index < 9 { high = high << 7 | UInt64(byte & 0x7F) } else { low = low << 7 | UInt64(byte & 0x7F) }
        }
        self.high = high
        self.low = low
    }

    public static func < (lhs: PackedCreditCode, rhs: PackedCreditCode) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    var text: String {
        func unpack(_ half: UInt64) -> [UInt8] {
            (0..<9).reversed().map { UInt8(truncatingIfNeeded: half >> (7 * UInt64($0))) & 0x7F }
        }
        return String(decoding: unpack(high) + unpack(low), as: UTF8.self)
    }
}

extension CreditCode {
    /// A code already checked by `CreditCodeBytes.isValidCanonical`.
    init(checkedCanonical value: String) {
        self.value = value
    }
}
