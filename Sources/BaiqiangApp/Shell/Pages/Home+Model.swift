/// The home page: a greeting, what the account has to act on (the blocks its capabilities
/// contribute for its role), and a card per capability, saying which are there yet.
enum HomePage {
    struct Model {
        var displayName: String
        var blocks: [HomeBlock] = []
        var entries: [NavigationEntry]
    }
}
