/// A member of a top-100 list the county measures itself against (对标县), with the figures
/// published for it and their sources. Only published figures: a reference county whose figures
/// no source at hand gives ships with none, and the readiness page says so.
public struct ReferenceCounty: Sendable, Hashable {
    public var code: String
    public var name: BilingualText
    /// Which list it is a member of, and where that is stated.
    public var membership: BilingualText
    public var membershipCitation: Citation
    public var figures: [RegionalFigure]

    /// Guangdong's two members of the 2022 top-100 industrial counties list (中国信通院):
    /// DOMAIN.md names them and gives none of their figures.
    public static let guangdong2022: [ReferenceCounty] = {
        let membership = BilingualText(zh: "2022年全国工业百强县（中国信通院）", en: "2022 national top-100 industrial counties (CAICT)")
        let citation = Citation(publisher: "中国信息通信研究院", title: "中国县域工业经济发展报告（2022）")
        return [ReferenceCounty(code: "441322", name: BilingualText(zh: "博罗县", en: "Boluo"), membership: membership,
                                membershipCitation: citation, figures: []),
                ReferenceCounty(code: "441284", name: BilingualText(zh: "四会市", en: "Sihui"), membership: membership,
                                membershipCitation: citation, figures: [])]
    }()

    /// Its latest whole-year figure of `indicator`, if one is published.
    public func latest(_ indicator: RegionalIndicator) -> RegionalFigure? {
        figures.filter { $0.indicator == indicator && $0.period.isWholeYear && $0.value != nil }.max { $0.period < $1.period }
    }
}
