/// A member of a top-100 list the county measures itself against (对标县), chosen by the county,
/// with the figures published for it and their sources. Only published figures: a reference county
/// whose figures no source at hand gives has none, and the readiness page says so.
public struct ReferenceCounty: Sendable, Hashable {
    /// What its figures are filed under: the name as the county wrote it, unique in its list.
    public var code: String
    public var name: BilingualText
    public var province: String
    /// Which list it is a member of, and where that is stated.
    public var membership: BilingualText
    public var membershipCitation: Citation?
    public var figures: [RegionalFigure]

    public init(code: String, name: BilingualText, province: String, membership: BilingualText, membershipCitation: Citation?,
                figures: [RegionalFigure]) {
        self.code = code
        self.name = name
        self.province = province
        self.membership = membership
        self.membershipCitation = membershipCitation
        self.figures = figures
    }

    /// Guangdong's two members of the 2022 top-100 industrial counties list (中国信通院), the
    /// list a county starts from: DOMAIN.md names them and gives none of their figures.
    public static let guangdong2022: [ReferenceCounty] = {
        let membership = BilingualText(zh: "2022年全国工业百强县（中国信通院）", en: "2022 national top-100 industrial counties (CAICT)")
        let citation = Citation(publisher: "中国信息通信研究院", title: "中国县域工业经济发展报告（2022）")
        return [ReferenceCounty(code: "博罗县", name: BilingualText(zh: "博罗县", en: "Boluo"), province: "广东省", membership: membership,
                                membershipCitation: citation, figures: []),
                ReferenceCounty(code: "四会市", name: BilingualText(zh: "四会市", en: "Sihui"), province: "广东省", membership: membership,
                                membershipCitation: citation, figures: [])]
    }()

    /// Its latest whole-year figure of `indicator`, if one is published.
    public func latest(_ indicator: RegionalIndicator) -> RegionalFigure? {
        figures.filter { $0.indicator == indicator && $0.period.isWholeYear && $0.value != nil }.max { $0.period < $1.period }
    }
}
