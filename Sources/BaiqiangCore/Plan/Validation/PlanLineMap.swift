/// Where each part of a loaded document sat in its file: document path → 1-based line.
///
/// A rule that finds a problem at a path without a line of its own (a missing field) reports
/// the line of the nearest enclosing part, so every issue from a file carries a line.
public struct PlanLineMap: Sendable, Hashable {
    public private(set) var lines: [String: Int] = [:]

    public init(_ lines: [String: Int] = [:]) {
        self.lines = lines
    }

    public mutating func record(_ path: String, line: Int?) {
        guard let line, lines[path] == nil else { return }
        lines[path] = line
    }

    public func line(for path: String) -> Int? {
        var path = Substring(path)
        while true {
            if let line = lines[String(path)] { return line }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            path = path[..<cut]
        }
    }
}
