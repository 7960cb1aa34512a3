/// The second step of signing in: the code from the authenticator app, or a recovery code.
enum SecondFactorLoginPage {
    struct Model {
        /// The pending sign-in's token, posted back with the code.
        var csrfToken: String
        var error: String?
    }
}
