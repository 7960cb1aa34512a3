/// How a project was brought in (招商渠道), the four channels the plenary report names:
/// "以商引商、中介招商、专班招商、产业链招商".
public enum ProjectChannel: String, Sendable, Hashable, Codable, CaseIterable {
    case businessReferral = "business_referral"
    case agency
    case taskForce = "task_force"
    case chain

    public var label: BilingualText {
        switch self {
        case .businessReferral: BilingualText(zh: "以商引商", en: "referral by investors")
        case .agency: BilingualText(zh: "中介招商", en: "through agencies")
        case .taskForce: BilingualText(zh: "专班招商", en: "task force")
        case .chain: BilingualText(zh: "产业链招商", en: "along the industrial chain")
        }
    }
}
