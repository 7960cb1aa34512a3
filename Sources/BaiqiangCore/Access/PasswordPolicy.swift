/// The minimum strength of a password (密码强度).
public enum PasswordPolicy {
    public static let minimumLength = 10

    public struct Weak: BilingualError, Equatable {
        public let message: BilingualText
    }

    /// Accepts a password of at least `minimumLength` characters drawing on at least three of:
    /// lower case, upper case, digits, other characters; refuses one equal to the username.
    public static func check(_ password: String, username: String = "") throws(Weak) {
        if password.count < minimumLength {
            throw Weak(message: BilingualText(
                zh: "密码至少需要 \(minimumLength) 个字符",
                en: "The password needs at least \(minimumLength) characters"))
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
    }
}
