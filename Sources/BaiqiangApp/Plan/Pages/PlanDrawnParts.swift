import BaiqiangHTML
import Synchronization

/// Parts of the plan's pages drawn from one snapshot, kept with it. Between two writes every
/// request shows the same target cards, and drawing them (numbers, dates, sentences in two
/// languages) was most of what a plan page cost. A new snapshot starts with none, so nothing
/// drawn outlives the figures it shows.
final class PlanDrawnParts: Sendable {
    private let parts = Mutex<[String: RenderedHTML]>([:])
    private let documents = Mutex<[String: RenderedDocument]>([:])
    /// What one snapshot keeps at most: a card per target, language and page kind fits easily.
    static let limit = 4_000
    /// Whole pages one snapshot keeps at most: the big screen's pages (a few per language) and
    /// the public page per language fit easily.
    static let documentLimit = 64

    /// The part named `key`, drawn by `draw` the first time it is asked for. The key must name
    /// everything the drawing depends on besides the snapshot.
    func part(_ key: String, draw: () -> Node) -> Node {
        if let kept = parts.withLock({ $0[key] }) { return .rendered(kept) }
        let drawn = draw().rendered()
        parts.withLock { kept in
            if kept.count < Self.limit { kept[key] = drawn }
        }
        return .rendered(drawn)
    }

    /// The whole page named `key`, rendered by `draw` the first time it is asked for. The key
    /// must name everything the page depends on besides the snapshot; a page that differs by
    /// who asks (their name in the header, their CSRF token) is never kept here.
    func document(_ key: String, draw: () -> HTML) -> RenderedDocument {
        if let kept = documents.withLock({ $0[key] }) { return kept }
        let drawn = draw().rendered()
        documents.withLock { kept in
            if kept.count < Self.documentLimit { kept[key] = drawn }
        }
        return drawn
    }
}
