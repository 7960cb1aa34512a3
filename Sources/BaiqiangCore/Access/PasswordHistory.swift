/// Password history (密码历史): a new password may be none of the last five, so that a forced
/// change cannot be undone by changing straight back. Core keeps the rule; the hashes and the
/// bcrypt check are the app's, passed in, since Core does no password hashing.
public enum PasswordHistory {
    /// The current password and the four before it.
    public static let remembered = 5

    /// Throws when `candidate` matches one of the newest `remembered` hashes in `history`
    /// (newest first). `matches(password, hash)` is the app's password check.
    public static func check(
        _ candidate: String, history: [String], matches: (String, String) -> Bool
    ) throws(PasswordPolicy.Weak) {
        for hash in history.prefix(remembered) where matches(candidate, hash) {
            throw PasswordPolicy.Weak(message: BilingualText(
                zh: "新密码不能与最近 \(remembered) 次使用过的密码相同",
                en: "The new password must differ from the last \(remembered) passwords"))
        }
    }

    /// The history to store after a change: the new hash first, older ones beyond what is
    /// remembered dropped, as a hash kept for nothing is one more to crack.
    public static func recording(_ newHash: String, in history: [String]) -> [String] {
        Array(([newHash] + history).prefix(remembered))
    }
}
