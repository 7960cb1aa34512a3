/// One entry of the industry classification (行业类别): a section, division, group or class.
public struct IndustryCategory: Sendable, Hashable, Codable {
    /// `C`, `39`, `398`, `3981`.
    public let code: String
    public let level: IndustryLevel
    /// The code of the entry one level up; nil for a section.
    public let parentCode: String?
    /// The standard's Chinese name (类别名称).
    public let nameZh: String
    /// An English name, only where one was sourced; nil otherwise.
    public let nameEn: String?

    public init(code: String, level: IndustryLevel, parentCode: String?, nameZh: String, nameEn: String? = nil) {
        self.code = code
        self.level = level
        self.parentCode = parentCode
        self.nameZh = nameZh
        self.nameEn = nameEn
    }

    /// The name to show: the English one falls back to the Chinese one with its code.
    public var name: BilingualText {
        BilingualText(zh: nameZh, en: nameEn ?? "\(nameZh) (\(code))")
    }
}
