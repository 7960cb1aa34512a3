/// A longitude-latitude box (范围) a parcel must lie in: China's, or a county's.
public struct GeoExtent: Sendable, Hashable, Codable {
    public var minLongitude: Double
    public var maxLongitude: Double
    public var minLatitude: Double
    public var maxLatitude: Double

    public init(minLongitude: Double, maxLongitude: Double, minLatitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
    }

    /// China's mainland and islands, generously (73–136°E, 3–54°N): a coordinate outside it is a
    /// swapped axis, a projected coordinate read as degrees, or a typing error.
    public static let china = GeoExtent(minLongitude: 73, maxLongitude: 136, minLatitude: 3, maxLatitude: 54)

    public func contains(_ position: Position) -> Bool {
        (minLongitude...maxLongitude).contains(position.longitude)
            && (minLatitude...maxLatitude).contains(position.latitude)
    }

    var text: String { "\(minLongitude)–\(maxLongitude)°E, \(minLatitude)–\(maxLatitude)°N" }
}

extension GeoExtent {
    /// The smallest box holding every position; nil for none.
    init?(enclosing positions: [Position]) {
        guard let first = positions.first else { return nil }
        self.init(minLongitude: first.x, maxLongitude: first.x, minLatitude: first.y, maxLatitude: first.y)
        for p in positions.dropFirst() {
            minLongitude = Swift.min(minLongitude, p.x)
            maxLongitude = Swift.max(maxLongitude, p.x)
            minLatitude = Swift.min(minLatitude, p.y)
            maxLatitude = Swift.max(maxLatitude, p.y)
        }
    }
}
