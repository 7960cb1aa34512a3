/// Arithmetic in GF(2⁸) over the polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D), the field QR codes'
/// Reed–Solomon codes (里德-所罗门纠错码) work in.
enum GaloisField256 {
    /// exp[i] = αⁱ, doubled in length so a product's logarithm needs no reduction modulo 255.
    static let tables: (exp: [UInt8], log: [Int]) = {
        var exp = [UInt8](repeating: 0, count: 512)
        var log = [Int](repeating: 0, count: 256)
        var value = 1
        for power in 0..<255 {
            exp[power] = UInt8(value)
            log[value] = power
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for power in 255..<512 { exp[power] = exp[power - 255] }
        return (exp, log)
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return tables.exp[tables.log[Int(a)] + tables.log[Int(b)]]
    }
}

/// The error-correction codewords of one block: the remainder of the data, times x^n, divided by
/// the generator polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
enum ReedSolomon {
    /// The generator's coefficients, highest power first, the leading 1 left out.
    static func generator(degree: Int) -> [UInt8] {
        var poly: [UInt8] = [1]
        for root in 0..<degree {
            let alpha = GaloisField256.tables.exp[root]
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (index, coefficient) in poly.enumerated() {
                next[index] ^= coefficient
                next[index + 1] ^= GaloisField256.multiply(coefficient, alpha)
            }
            poly = next
        }
        return Array(poly.dropFirst())
    }

    static func errorCorrection(for data: [UInt8], count: Int) -> [UInt8] {
        let divisor = generator(degree: count)
        var remainder = [UInt8](repeating: 0, count: count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in 0..<count {
                remainder[index] ^= GaloisField256.multiply(divisor[index], factor)
            }
        }
        return remainder
    }
}
