import Foundation

/// Where the site may send a browser after signing in or switching language: only a path on this
/// site. A browser drops tabs and newlines inside a URL and reads `\` as `/`, so `/\evil`,
/// `/<tab>/evil` and `//evil` all lead to another host; each form (also percent-encoded, once
/// or twice) is refused in favour of the home page.
public enum SafeRedirect {
    public static let home = "/"
    static let maximumLength = 2048
    /// A backslash, and characters a URL never carries raw: quotes and angle brackets would
    /// break out of the HTML attribute the value is written into.
    static let refused: Set<Unicode.Scalar> = ["\\", "\"", "'", "<", ">", "`"]

    /// `candidate` when it is a same-origin relative path, otherwise `home`.
    public static func target(_ candidate: String?) -> String {
        guard let candidate, isSafe(candidate) else { return home }
        return candidate
    }

    /// The path and query of a `Referer`, checked as by `target`, or `fallback`. Only the path is
    /// taken, so the browser stays on this site whatever host the header names.
    public static func back(referer: String?, fallback: String = home) -> String {
        guard let referer, let components = URLComponents(string: referer) else { return target(fallback) }
        var path = components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        return isSafe(path) ? path : target(fallback)
    }

    static func isSafe(_ path: String) -> Bool {
        guard path.utf8.count <= maximumLength, isSafeLiteral(path) else { return false }
        // Decoded once or twice, the value must still not name another host: a layer of
        // percent-encoding must not hide `//`, `/\` or a tab between the slashes.
        var form = path
        for _ in 0..<2 {
            guard let decoded = form.removingPercentEncoding, decoded != form else { return true }
            let visible = String(String.UnicodeScalarView(decoded.unicodeScalars.filter { !isInvisible($0) }))
            guard startsAsLocalPath(visible) else { return false }
            form = decoded
        }
        return true
    }

    private static func isSafeLiteral(_ path: String) -> Bool {
        startsAsLocalPath(path) && !path.unicodeScalars.contains { refused.contains($0) || isInvisible($0) }
    }

    private static func startsAsLocalPath(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars.prefix(2))
        guard scalars.first == "/" else { return false }
        return scalars.count < 2 || (scalars[1] != "/" && scalars[1] != "\\")
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
            || scalar.properties.isDefaultIgnorableCodePoint
    }
}
