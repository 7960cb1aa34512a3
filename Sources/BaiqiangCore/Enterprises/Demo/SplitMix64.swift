/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast generator whose output depends only on
/// its seed. The demo county derives every firm from a hash of (seed, index, purpose), so any
/// firm can be made on its own, in any order, on any thread, and always comes out the same.
/// (`SystemRandomNumberGenerator` is never used: it cannot be seeded.)
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose of one item: the three inputs are mixed, so neighbouring
    /// indices or purposes give unrelated streams.
    public init(seed: UInt64, index: UInt64, stream: UInt64) {
        state = SplitMix64.mix(SplitMix64.mix(seed ^ 0x6A09_E667_F3BC_C908) ^ SplitMix64.mix(index &+ 0x9E37_79B9_7F4A_7C15) ^ (stream &* 0xBF58_476D_1CE4_E5B9))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scramble of 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
