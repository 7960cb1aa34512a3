/// A title a firm holds (企业荣誉/认定). The first three form the ladder of quality SMEs
/// (优质中小企业梯度培育: 创新型中小企业 → 专精特新中小企业 → 专精特新“小巨人”, MIIT 2022).
public enum DesignationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 创新型中小企业 (assessed by the province under MIIT rules, from 2022).
    case innovativeSME = "innovative_sme"
    /// 专精特新中小企业 (recognised by the province).
    case specialisedSME = "specialised_sme"
    /// 专精特新“小巨人”企业 (recognised by MIIT, national).
    case littleGiant = "little_giant"
    /// 制造业单项冠军 (recognised by MIIT, national).
    case singleChampion = "single_champion"
    /// 高新技术企业 (recognised jointly by the science, finance and tax authorities; valid 3 years).
    case highTech = "high_tech"

    public var level: DesignationLevel {
        switch self {
        case .innovativeSME, .specialisedSME: .provincial
        case .littleGiant, .singleChampion, .highTech: .national
        }
    }

    public var name: BilingualText {
        switch self {
        case .innovativeSME: BilingualText(zh: "创新型中小企业", en: "Innovative SME")
        case .specialisedSME: BilingualText(zh: "专精特新中小企业", en: "Specialised and sophisticated SME")
        case .littleGiant: BilingualText(zh: "专精特新“小巨人”企业", en: "Little giant")
        case .singleChampion: BilingualText(zh: "制造业单项冠军", en: "Single-product champion")
        case .highTech: BilingualText(zh: "高新技术企业", en: "High-tech enterprise")
        }
    }
}

/// Who grants a designation.
public enum DesignationLevel: String, Sendable, Hashable, Codable {
    case provincial
    case national

    public var name: BilingualText {
        switch self {
        case .provincial: BilingualText(zh: "省级", en: "provincial")
        case .national: BilingualText(zh: "国家级", en: "national")
        }
    }
}

/// A designation with the year it was (last) granted.
public struct Designation: Sendable, Hashable, Codable {
    public var kind: DesignationKind
    public var year: Int

    public init(kind: DesignationKind, year: Int) {
        self.kind = kind
        self.year = year
    }
}
