import Foundation

/// Whose visits an account may record: a leader only their own; the staff who keep records for
/// leaders (admins, departments, towns) any leader's.
public enum VisitAuthorship {
    public static func refusal(role: Role, username: String, leader: String) -> BilingualText? {
        guard role == .leader, leader != username else { return nil }
        return BilingualText(zh: "领导只能登记本人的走访", en: "A leader records only their own visits")
    }
}
