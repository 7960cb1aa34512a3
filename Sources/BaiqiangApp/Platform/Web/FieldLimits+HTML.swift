import BaiqiangCore
import BaiqiangHTML

extension Node {
    /// The browser's own limit on a text field, from the same table the server enforces.
    static func maxlength(_ kind: TextFieldKind) -> Node {
        .maxlength(kind.maximumLength)
    }
}
