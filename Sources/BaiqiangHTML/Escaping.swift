/// The one escaping path: every text node and every attribute value reaches the output through
/// these functions, and nothing reaches the output any other way.
enum Escaping {
    /// Text and attribute values alike: the five characters that can end a text run or an
    /// attribute value, quoted or not, become entities.
    static func escape(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// Attributes whose value the browser follows as a URL.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "cite"]

    /// Schemes a link may use; anything else (`javascript:`, `data:`, `vbscript:` …) is replaced
    /// by an inert `#`, because escaping alone does not stop a script URL from running.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func safeURL(_ value: String) -> String {
        // Browsers ignore ASCII whitespace and control characters inside a scheme, so
        // `java\tscript:` is read as `javascript:`: look at the value without them.
        let visible = value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        var scheme = ""
        for scalar in visible {
            if scalar == ":" {
                return allowedSchemes.contains(scheme.lowercased()) ? value : "#"
            }
            if scalar == "/" || scalar == "?" || scalar == "#" { break }
            scheme.unicodeScalars.append(scalar)
        }
        return value
    }
}
