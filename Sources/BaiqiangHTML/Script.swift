/// The one way a page carries script: a file of the site's own under `/static/js/`, its path
/// written in source (a `StaticString`, so never data), loaded deferred, with no inline code and
/// no other attribute. Anything else renders as nothing, like the refused elements; the CSP's
/// `script-src 'self'` refuses the rest in the browser.
public extension Node {
    static func staticScript(_ path: StaticString) -> Node {
        let path = path.description
        guard StaticScript.isAllowed(path) else { return .empty }
        return Node(.element(Element(name: "script", attributes: [Attribute(name: "src", value: path), Attribute(name: "defer", value: nil)],
                                     children: [])))
    }
}

enum StaticScript {
    static let prefix = "/static/js/"

    /// A `.js` file under the prefix named with letters, digits, `-`, `_` and single `/` or `.`:
    /// no scheme, no other host, no way out of the directory, no query.
    static func isAllowed(_ path: String) -> Bool {
        guard path.hasPrefix(prefix), path.hasSuffix(".js") else { return false }
        let rest = path.dropFirst(prefix.count)
        return !rest.contains("..") && !rest.contains("//") && !rest.hasPrefix("/")
            && rest.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0) }
    }
}
