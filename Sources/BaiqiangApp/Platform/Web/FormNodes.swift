import BaiqiangHTML

/// Form pieces in the shape browsers expect.
enum FormNodes {
    /// `<option value="…" selected>text</option>`.
    static func option(_ value: String, _ text: String, selected: Bool = false) -> Node {
        .option(.value(value), .selected(selected), .text(text))
    }
}
