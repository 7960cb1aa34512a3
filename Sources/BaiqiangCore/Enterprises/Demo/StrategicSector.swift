/// The industry groups of Heshan's plan (seed: 三大战略性新兴产业 plus the new track of silicon
/// energy and storage) and the traditional manufacturing the plan wants upgraded.
public enum StrategicSector: String, Sendable, Hashable, Codable, CaseIterable {
    /// 新一代信息技术.
    case newGenerationIT = "new_generation_it"
    /// 先进材料.
    case advancedMaterials = "advanced_materials"
    /// 高端装备制造.
    case highEndEquipment = "high_end_equipment"
    /// 硅能源及储能.
    case siliconEnergyAndStorage = "silicon_energy_storage"
    /// 传统优势制造业.
    case traditional

    public var name: BilingualText {
        switch self {
        case .newGenerationIT: BilingualText(zh: "新一代信息技术", en: "New-generation information technology")
        case .advancedMaterials: BilingualText(zh: "先进材料", en: "Advanced materials")
        case .highEndEquipment: BilingualText(zh: "高端装备制造", en: "High-end equipment")
        case .siliconEnergyAndStorage: BilingualText(zh: "硅能源及储能", en: "Silicon energy and storage")
        case .traditional: BilingualText(zh: "传统优势制造业", en: "Traditional manufacturing")
        }
    }

    /// Whether the plan names the sector as strategic (战略性新兴产业 or new track).
    public var isStrategic: Bool { self != .traditional }
}
