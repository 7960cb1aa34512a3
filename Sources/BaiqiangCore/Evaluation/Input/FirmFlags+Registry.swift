extension FirmFlags {
    /// GB/T 4754 divisions of section D (电力、热力、燃气及水生产和供应业): utilities, not rated.
    public static let utilityDivisions: Set<Substring> = ["44", "45", "46"]

    /// The flags a firm's registry record decides: a utility by its industry code, and 小升规 when
    /// it is above scale this year and was recorded below scale last year (no figure last year
    /// decides nothing). Safety or environmental vetoes are not kept in the registry, so none is
    /// set here; an uploaded evaluation file may carry them.
    public static func fromRegistry(industryCode: String?, aboveScale: Bool, previouslyAboveScale: Bool?) -> FirmFlags {
        var flags = FirmFlags()
        if let code = industryCode, utilityDivisions.contains(code.prefix(2)) { flags.insert(.utility) }
        if aboveScale, previouslyAboveScale == false { flags.insert(.upgraded) }
        return flags
    }
}
