/// A geometry written in one table cell (图形列): well-known text or a GeoJSON geometry object,
/// told apart by the first character, so a bureau's file may carry either.
public enum GeometryText {
    /// The longest cell read, in UTF-8 bytes (the same bound for both forms).
    public static let maxLength = WKTReader.maxLength
    /// How deeply a GeoJSON geometry nests: object, MultiPolygon, polygon, ring, position.
    static let maxJSONDepth = 6

    public static func parse(_ text: String) -> Result<ParcelGeometry, GeometryFormatProblem> {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == "{" else { return WKTReader.read(text) }
        guard text.utf8.count <= maxLength else { return .failure(.tooLong(maxLength)) }
        // Counted before decoding, so a cell of ten thousand brackets never reaches the decoder.
        var depth = 0
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > maxJSONDepth { return .failure(.badCoordinates) }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return GeoJSONGeometry.parse(text: text)
    }
}
