/// The home page: a greeting and a card per capability, saying which are there yet.
enum HomePage {
    struct Model {
        var displayName: String
        var entries: [NavigationEntry]
    }
}
