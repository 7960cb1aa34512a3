/// Credit codes for demo firms. All are valid GB 32100-2015 codes (the check character is
/// right), all in Heshan's administrative division (440784), and all recognisably not real:
/// the organisation-code part starts with `DM` (generated firms) or `PL` (placeholders for the
/// firms the plan names, whose real codes are not in the seed). Real codes issued since 2015
/// carry `MA` there and older ones digits, so the two ranges do not meet.
enum DemoCreditCodes {
    /// 9 = registered by market regulation; 1 = enterprise, 2 = sole trader (个体工商户).
    static let enterpriseType = "91"
    static let soleTraderType = "92"
    static let region = "440784"
    /// 31^7: the seven free characters after the `DM` mark.
    static let generatedSpace = 27_512_614_111

    /// The code of the `ordinal`-th generated firm: a seed-keyed permutation of 0..<31^7, so
    /// codes are unique per ordinal and differ between seeds.
    static func generated(ordinal: Int, seed: UInt64, soleTrader: Bool) -> String {
        // 1_000_003 is prime and not 31, so multiplying by it permutes the code space.
        let offset = Int(SplitMix64.mix(seed ^ 0xC0DE) % UInt64(generatedSpace))
        let number = (ordinal * 1_000_003 + offset) % generatedSpace
        let body = (soleTrader ? soleTraderType : enterpriseType) + region + "DM" + base31(number, digits: 7)
        return completed(body)
    }

    /// The placeholder code of the `number`-th firm named by the plan (1-based).
    static func planPlaceholder(_ number: Int) -> String {
        completed(enterpriseType + region + "PL" + base31(number, digits: 7))
    }

    private static func base31(_ value: Int, digits: Int) -> String {
        var characters: [Character] = []
        var rest = value
        for _ in 0..<digits {
            characters.append(CreditCode.alphabet[rest % 31])
            rest /= 31
        }
        return String(characters.reversed())
    }

    private static func completed(_ body: String) -> String {
        guard let code = CreditCode.completing(body) else { preconditionFailure("demo code body \(body) is malformed") }
        return code
    }
}
