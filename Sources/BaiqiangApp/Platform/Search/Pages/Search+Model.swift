/// The header search's results: each kind of record with its first hits and a link to the full
/// list filtered by the same words.
enum SearchPage {
    struct Model {
        /// The words searched for; nil when none were given.
        var query: String?
        var found: [SiteSearchService.Found]
        var error: String?
    }
}
