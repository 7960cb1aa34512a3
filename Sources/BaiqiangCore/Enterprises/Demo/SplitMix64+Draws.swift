import Foundation

/// The few distributions the demo needs, drawn from a seeded generator.
extension SplitMix64 {
    /// Uniform in [0, 1), from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }

    /// Uniform integer in the range.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// Standard normal (Box–Muller; one of the pair is dropped to keep draws independent of order).
    mutating func normal() -> Double {
        let u1 = max(unit(), 0x1p-60)
        let u2 = unit()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    /// A multiplicative noise factor: lognormal with median 1 and log-spread `sigma`, its normal
    /// draw clamped to ±3σ so that a single firm never runs wild.
    mutating func noise(_ sigma: Double) -> Double {
        Foundation.exp(sigma * min(3, max(-3, normal())))
    }

    /// An index into `weights`, with probability proportional to its weight.
    mutating func pick(weights: [Double], total: Double) -> Int {
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }
}
