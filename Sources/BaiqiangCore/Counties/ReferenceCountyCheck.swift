/// The checks a reference county (对标县) passes before the county adds it to its list, the same
/// for the form and any other way in. Each problem names the field it is about.
public enum ReferenceCountyCheck {
    /// A county's name is short (博罗县, 昆山市); a longer text is a pasted sentence.
    public static let nameLength = 1...40
    public static let provinceLength = 1...20
    public static let membershipLength = 0...200

    /// Why a county called `name` in `province` cannot be added, given the names already in the
    /// list; empty when it can.
    public static func problems(name: String, province: String, membership: String,
                                existing: Set<String>) -> [RegionalFigureCheck.Problem] {
        var problems: [RegionalFigureCheck.Problem] = []
        let name = name.trimmingCharacters(in: .whitespaces), province = province.trimmingCharacters(in: .whitespaces)
        if !nameLength.contains(name.count) {
            problems.append(.init(field: "name", reason: BilingualText(zh: "县名须为 1 至 40 个字", en: "the name must have 1 to 40 characters")))
        } else if existing.contains(name) {
            problems.append(.init(field: "name", reason: BilingualText(
                zh: "“\(name)”已在对标县名单中", en: "“\(name)” is already a reference county")))
        }
        if !provinceLength.contains(province.count) {
            problems.append(.init(field: "province", reason: BilingualText(zh: "省份须为 1 至 20 个字", en: "the province must have 1 to 20 characters")))
        }
        if !membershipLength.contains(membership.count) {
            problems.append(.init(field: "membership", reason: BilingualText(
                zh: "入选名单说明不超过 200 个字", en: "the list membership may have at most 200 characters")))
        }
        return problems
    }
}
