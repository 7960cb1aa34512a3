import Foundation

/// What a parcel map shows: a longitude-latitude window drawn `width` units wide. Positions are
/// projected plate carrée with longitude shrunk by the cosine of the window's middle latitude, so
/// that over a county a metre is about as long east-west as north-south; y grows southwards, as
/// SVG's does.
public struct MapViewport: Sendable, Hashable {
    public var extent: GeoExtent
    public var width: Double

    public init(extent: GeoExtent, width: Double = 1000) {
        self.extent = extent
        self.width = width
    }

    /// The window around `positions`, with `margin` (a share of the larger side) on every side;
    /// nil for no positions.
    public static func around(_ positions: [Position], margin: Double = 0.05, width: Double = 1000) -> MapViewport? {
        guard let first = positions.first else { return nil }
        var extent = GeoExtent(minLongitude: first.longitude, maxLongitude: first.longitude,
                               minLatitude: first.latitude, maxLatitude: first.latitude)
        for position in positions.dropFirst() {
            extent.minLongitude = min(extent.minLongitude, position.longitude)
            extent.maxLongitude = max(extent.maxLongitude, position.longitude)
            extent.minLatitude = min(extent.minLatitude, position.latitude)
            extent.maxLatitude = max(extent.maxLatitude, position.latitude)
        }
        let pad = max(extent.maxLongitude - extent.minLongitude, extent.maxLatitude - extent.minLatitude, 0.001) * margin
        extent.minLongitude -= pad
        extent.maxLongitude += pad
        extent.minLatitude -= pad
        extent.maxLatitude += pad
        return MapViewport(extent: extent, width: width)
    }

    var shrink: Double { cos((extent.minLatitude + extent.maxLatitude) / 2 * .pi / 180) }

    /// Units per degree of latitude.
    public var scale: Double {
        width / max((extent.maxLongitude - extent.minLongitude) * shrink, 1e-12)
    }

    public var height: Double {
        ((extent.maxLatitude - extent.minLatitude) * scale).rounded(.up)
    }

    public func point(_ position: Position) -> (x: Double, y: Double) {
        ((position.longitude - extent.minLongitude) * shrink * scale, (extent.maxLatitude - position.latitude) * scale)
    }

    /// The window zoomed by `factor` (2: twice as close) about its centre.
    public func zoomed(by factor: Double) -> MapViewport {
        let lon = (extent.minLongitude + extent.maxLongitude) / 2, lat = (extent.minLatitude + extent.maxLatitude) / 2
        let halfLon = (extent.maxLongitude - extent.minLongitude) / 2 / factor
        let halfLat = (extent.maxLatitude - extent.minLatitude) / 2 / factor
        return MapViewport(extent: GeoExtent(minLongitude: lon - halfLon, maxLongitude: lon + halfLon,
                                             minLatitude: lat - halfLat, maxLatitude: lat + halfLat), width: width)
    }

    /// The window moved by a share of its size east (`dx`) and north (`dy`).
    public func panned(dx: Double, dy: Double) -> MapViewport {
        let lon = (extent.maxLongitude - extent.minLongitude) * dx, lat = (extent.maxLatitude - extent.minLatitude) * dy
        return MapViewport(extent: GeoExtent(minLongitude: extent.minLongitude + lon, maxLongitude: extent.maxLongitude + lon,
                                             minLatitude: extent.minLatitude + lat, maxLatitude: extent.maxLatitude + lat), width: width)
    }

    /// Whether any part of `box` lies in the window.
    public func intersects(_ box: GeoExtent) -> Bool {
        box.maxLongitude >= extent.minLongitude && box.minLongitude <= extent.maxLongitude
            && box.maxLatitude >= extent.minLatitude && box.minLatitude <= extent.maxLatitude
    }
}
