import Plot

/// Form pieces Plot lacks in the shape browsers expect.
enum FormNodes {
    /// `<option value="…" selected>text</option>` (Plot's own option has no text content).
    static func option(_ value: String, _ text: String, selected: Bool = false) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected") : .group([]),
            .text(text),
        ])
    }
}
