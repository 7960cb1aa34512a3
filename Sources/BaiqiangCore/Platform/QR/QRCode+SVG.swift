/// The symbol as SVG (矢量图): one path of dark runs row by row, with the four-module light quiet
/// zone readers need around it. Only numbers go into the markup, so nothing needs escaping.
extension QRCode {
    public static let quietZone = 4

    /// `moduleSize` is the user-unit width of a module; the viewBox lets the page scale it.
    public func svg(moduleSize: Int = 4) -> String {
        let side = (size + 2 * Self.quietZone) * moduleSize
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""
            + " width=\"\(side)\" height=\"\(side)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(pathData(moduleSize: moduleSize))\"/></svg>"
    }

    /// One `M x y h w v s h -w z` rectangle per horizontal run of dark modules.
    public func pathData(moduleSize: Int = 4) -> String {
        var parts: [String] = []
        for (row, line) in modules.enumerated() {
            var column = 0
            while column < size {
                guard line[column] else { column += 1; continue }
                let start = column
                while column < size && line[column] { column += 1 }
                let x = (start + Self.quietZone) * moduleSize
                let y = (row + Self.quietZone) * moduleSize
                let width = (column - start) * moduleSize
                parts.append("M\(x) \(y)h\(width)v\(moduleSize)h-\(width)z")
            }
        }
        return parts.joined()
    }
}
