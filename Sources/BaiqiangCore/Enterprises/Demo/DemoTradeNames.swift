/// Unique trade names (字号) for generated firms: the n-th generated firm gets a different name
/// from every other, for any count up to 1,000,000 and beyond, without a table of names seen.
///
/// The first |A|·|B| firms get two characters; later ones four (two pairs). Within each tier a
/// multiply-and-add permutation, keyed by the seed, scatters the firms over the pairs, so
/// neighbouring indices do not get neighbouring names and different seeds give different names.
struct DemoTradeNames: Sendable {
    private let first = DemoWords.tradeNameFirst
    private let second = DemoWords.tradeNameSecond
    private let pairCount: Int
    private let pairMultiplier: Int
    private let pairOffset: Int
    private let quadMultiplier: Int
    private let quadOffset: Int

    init(seed: UInt64) {
        pairCount = first.count * second.count
        var rng = SplitMix64(seed: seed, index: 0, stream: 0x7A4E)
        pairMultiplier = Self.coprime(to: pairCount, near: Int(rng.next() % UInt64(pairCount)))
        pairOffset = Int(rng.next() % UInt64(pairCount))
        let quadCount = pairCount * pairCount
        quadMultiplier = Self.coprime(to: quadCount, near: Int(rng.next() % UInt64(quadCount)))
        quadOffset = Int(rng.next() % UInt64(quadCount))
    }

    /// How many distinct names there are.
    var capacity: Int { pairCount + pairCount * pairCount }

    /// The trade name of the `ordinal`-th generated firm (0-based).
    func name(_ ordinal: Int) -> String {
        precondition(ordinal >= 0 && ordinal < capacity, "demo trade names run out at \(capacity)")
        if ordinal < pairCount {
            return pair((ordinal * pairMultiplier + pairOffset) % pairCount)
        }
        let quadCount = pairCount * pairCount
        // Both factors are below 2^24, so the product stays far inside Int.
        let position = ((ordinal - pairCount) * quadMultiplier + quadOffset) % quadCount
        return pair(position % pairCount) + pair(position / pairCount)
    }

    private func pair(_ position: Int) -> String {
        String([first[position % first.count], second[position / first.count]])
    }

    /// The first number at or above `start` (wrapping past 1) sharing no factor with `modulus`:
    /// multiplying by it permutes 0..<modulus.
    private static func coprime(to modulus: Int, near start: Int) -> Int {
        var candidate = max(start, 1)
        while gcd(candidate, modulus) != 1 { candidate = candidate % (modulus - 1) + 1 }
        return candidate
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
