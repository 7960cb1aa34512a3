/// The minimum strength of a password (密码强度), checked wherever a password is set: the admin
/// page, the account page, the API and the command line.
public enum PasswordPolicy {
    public static let minimumLength = 10
    /// bcrypt reads only the first 72 bytes: a longer password would be cut without a word.
    public static let maximumBytes = 72

    public struct Weak: BilingualError, Equatable {
        public let message: BilingualText
    }

    /// Words and keyboard runs that guessing lists try first. A password is refused when, after
    /// removing every one of these it contains and the third and later characters of any run of
    /// one character, fewer than `minimumOwnCharacters` characters or less than half of it
    /// remains: `Password12`, `Aaaaaaaaa1` and `Qwerty2026!` fail, `Heshan-2026-top100` passes. Deliberately short: a list of thousands belongs to a
    /// breach-corpus check, which an intranet without internet cannot run.
    public static let commonFragments = [
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "qwertyuiop", "qwerty", "asdfghjkl", "asdfgh", "zxcvbnm",
        "1qaz2wsx", "qazwsx", "abc123", "abcdefg", "administrator", "admin", "welcome", "letmein", "iloveyou",
        "monkey", "dragon", "sunshine", "football", "baseball", "superman", "trustno1", "changeme", "default",
        "secret", "login", "master", "woaini", "5201314", "baiqiang", "heshan",
        "1234567890", "0987654321", "123456789", "987654321", "12345678", "87654321", "1234567", "7654321",
        "123456", "654321", "123123", "111111", "000000", "888888", "666666", "112233",
    ]
    /// Characters that must remain after the common fragments and repeated runs are taken out.
    public static let minimumOwnCharacters = 6

    /// Accepts a password of `minimumLength` characters to `maximumBytes` bytes (UTF-8), drawing
    /// on at least three of lower case, upper case, digits and other characters, that neither
    /// contains the username nor is made up mostly of a common word, a number sequence or one
    /// repeated character.
    public static func check(_ password: String, username: String = "") throws(Weak) {
        if password.count < minimumLength {
            throw Weak(message: BilingualText(
                zh: "密码至少需要 \(minimumLength) 个字符",
                en: "The password needs at least \(minimumLength) characters"))
        }
        if password.utf8.count > maximumBytes {
            throw Weak(message: BilingualText(
                zh: "密码最长 \(maximumBytes) 字节（一个汉字占 3 字节）",
                en: "The password may have at most \(maximumBytes) bytes (a Chinese character takes 3)"))
        }
        if !username.isEmpty, password.lowercased().contains(username.lowercased()) {
            throw Weak(message: BilingualText(
                zh: "密码不能包含用户名", en: "The password must not contain the username"))
        }
        var classes = Set<Int>()
        for ch in password {
            if ch.isLowercase { classes.insert(0) }
            else if ch.isUppercase { classes.insert(1) }
            else if ch.isNumber { classes.insert(2) }
            else { classes.insert(3) }
        }
        if classes.count < 3 {
            throw Weak(message: BilingualText(
                zh: "密码需包含小写字母、大写字母、数字、符号中的至少三类",
                en: "The password needs at least three of: lower case, upper case, digits, symbols"))
        }
        if ownCharacters(of: password) < max(minimumOwnCharacters, (password.count + 1) / 2) {
            throw Weak(message: BilingualText(
                zh: "密码主要由常见单词、数字序列或重复字符组成，容易被猜中",
                en: "The password is mostly a common word, a number sequence or a repeated character, and easy to guess"))
        }
    }

    /// How many characters remain once common fragments and the third and later characters of
    /// runs of one character are removed. Fragments are matched without regard to case.
    static func ownCharacters(of password: String) -> Int {
        var rest = password.lowercased()
        for fragment in commonFragments {
            while let range = rest.range(of: fragment) { rest.removeSubrange(range) }
        }
        var count = 0, previous: Character?, run = 0
        for ch in rest {
            run = ch == previous ? run + 1 : 1
            previous = ch
            // The first two of a run count; the third and later ones add nothing.
            if run <= 2 { count += 1 }
        }
        return count
    }
}
