/// The sign-in page: the form, and why the last attempt failed or the session ended.
enum LoginPage {
    struct Model {
        /// The double-submit token the form posts back; the same value goes out as a cookie.
        var csrfToken: String
        /// Where to go once signed in, already checked to stay on this site.
        var next: String
        var error: String?
        var info: String?
    }
}
