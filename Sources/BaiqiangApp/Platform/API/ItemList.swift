import Vapor

/// A whole, short list as the API returns it: `{"items": [...]}`, the same envelope as a page of
/// a long list (`CursorPage`) without the cursor.
struct ItemList<T: Content>: Content {
    var items: [T]
}
