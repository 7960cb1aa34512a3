/// A role the county profile gives one of its departments (指定单位): the demand centre that
/// routes enterprise demands, the land bureau that keeps the county's land, the discipline office
/// that receives the special supervisors' reports. Which department plays which part is data, so
/// another county names its own without a change to the code.
public enum UnitDesignation: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// 诉求中心.
    case demandCentre = "demand_centre"
    /// 自然资源局.
    case landBureau = "land_bureau"
    /// 纪委监委.
    case disciplineOffice = "discipline_office"

    /// The field that carries the designation in a county profile (`demandCentre: true`).
    public var profileKey: String {
        switch self {
        case .demandCentre: "demandCentre"
        case .landBureau: "landBureau"
        case .disciplineOffice: "disciplineOffice"
        }
    }

    public var label: BilingualText {
        switch self {
        case .demandCentre: BilingualText(zh: "诉求中心", en: "demand centre")
        case .landBureau: BilingualText(zh: "自然资源局", en: "land bureau")
        case .disciplineOffice: BilingualText(zh: "纪委监委", en: "discipline office")
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The designations as stored on a department row: codes joined by `,`, sorted, so one
    /// set has one text.
    public static func text(_ designations: Set<UnitDesignation>) -> String {
        designations.sorted().map(\.rawValue).joined(separator: ",")
    }

    /// The designations a stored text names; an unknown code (written by a newer version) is
    /// left out rather than granting anything.
    public static func parse(_ text: String) -> Set<UnitDesignation> {
        Set(text.split(separator: ",").compactMap { UnitDesignation(rawValue: String($0)) })
    }
}
