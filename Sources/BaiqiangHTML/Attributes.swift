/// The attributes pages use. Values are data and are escaped when rendered; URL values
/// (`href`, `action`, `src`) are also refused when they name a script scheme.
public extension Node {
    static func `class`(_ names: String) -> Node { .attribute("class", names) }
    static func id(_ value: String) -> Node { .attribute("id", value) }
    static func href(_ url: String) -> Node { .attribute("href", url) }
    static func src(_ url: String) -> Node { .attribute("src", url) }
    static func alt(_ text: String) -> Node { .attribute("alt", text) }
    static func action(_ url: String) -> Node { .attribute("action", url) }
    static func method(_ method: FormMethod) -> Node { .attribute("method", method.rawValue) }
    static func enctype(_ type: FormEncoding) -> Node { .attribute("enctype", type.rawValue) }
    static func type(_ type: InputType) -> Node { .attribute("type", type.rawValue) }
    static func name(_ name: String) -> Node { .attribute("name", name) }
    static func value(_ value: String) -> Node { .attribute("value", value) }
    static func placeholder(_ text: String) -> Node { .attribute("placeholder", text) }
    static func `for`(_ id: String) -> Node { .attribute("for", id) }
    static func min(_ value: String) -> Node { .attribute("min", value) }
    static func max(_ value: String) -> Node { .attribute("max", value) }
    static func step(_ value: String) -> Node { .attribute("step", value) }
    static func maxlength(_ length: Int) -> Node { .attribute("maxlength", String(length)) }
    static func colspan(_ count: Int) -> Node { .attribute("colspan", String(count)) }
    static func rowspan(_ count: Int) -> Node { .attribute("rowspan", String(count)) }
    static func datetime(_ value: String) -> Node { .attribute("datetime", value) }
    static func role(_ value: String) -> Node { .attribute("role", value) }
    static func ariaLabel(_ text: String) -> Node { .attribute("aria-label", text) }
    static func required(_ isRequired: Bool) -> Node { isRequired ? .flag("required") : .empty }
    static func checked(_ isChecked: Bool) -> Node { isChecked ? .flag("checked") : .empty }
    static func selected(_ isSelected: Bool) -> Node { isSelected ? .flag("selected") : .empty }
    static func disabled(_ isDisabled: Bool) -> Node { isDisabled ? .flag("disabled") : .empty }
    static func readonly(_ isReadOnly: Bool) -> Node { isReadOnly ? .flag("readonly") : .empty }

    internal static func flag(_ name: String) -> Node {
        Node(.attribute(Attribute(name: name, value: nil)))
    }
}

public enum FormMethod: String, Sendable {
    case get, post
}

public enum FormEncoding: String, Sendable {
    case multipartData = "multipart/form-data"
    case urlEncoded = "application/x-www-form-urlencoded"
}

/// Types of `<input>` and `<button>` alike.
public enum InputType: String, Sendable {
    case text, hidden, password, number, date, file, checkbox, radio, search, email, tel, url
    case submit, button, reset
}
