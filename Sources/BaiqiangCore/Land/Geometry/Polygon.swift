/// A linear ring (环): closed, its first position repeated as its last (RFC 7946 §3.1.6).
public typealias Ring = [Position]

/// A polygon (多边形): an exterior ring and any holes (interior rings).
public struct Polygon: Sendable, Hashable {
    public var rings: [Ring]

    public init(rings: [Ring]) {
        self.rings = rings
    }

    public init(exterior: Ring, holes: [Ring] = []) {
        self.rings = [exterior] + holes
    }

    public var exterior: Ring { rings.first ?? [] }
    public var holes: ArraySlice<Ring> { rings.dropFirst() }
}

/// A parcel's geometry (宗地图形): one polygon, or several for a parcel in separate pieces.
public enum ParcelGeometry: Sendable, Hashable {
    case polygon(Polygon)
    case multiPolygon([Polygon])

    public var polygons: [Polygon] {
        switch self {
        case .polygon(let polygon): [polygon]
        case .multiPolygon(let polygons): polygons
        }
    }

    /// The same shape with every position moved by `transform` (e.g. from a projection to
    /// longitude-latitude).
    public func mapPositions(_ transform: (Position) throws -> Position) rethrows -> ParcelGeometry {
        func map(_ polygon: Polygon) throws -> Polygon {
            Polygon(rings: try polygon.rings.map { try $0.map(transform) })
        }
        switch self {
        case .polygon(let polygon): return .polygon(try map(polygon))
        case .multiPolygon(let polygons): return .multiPolygon(try polygons.map(map))
        }
    }

    public var allPositions: [Position] {
        polygons.flatMap { $0.rings.flatMap { $0 } }
    }
}
