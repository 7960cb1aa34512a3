/// One feature of a parcels file (宗地要素): its geometry and its properties as written.
public struct ParcelFeature: Sendable, Hashable {
    public var id: JSONValue?
    public var geometry: ParcelGeometry
    public var properties: [String: JSONValue]

    public init(id: JSONValue? = nil, geometry: ParcelGeometry, properties: [String: JSONValue] = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }
}

/// A parcels file as read: its features and the coordinate system it declares, if any.
public struct ParcelFeatureCollection: Sendable, Hashable {
    /// The declared CRS as written (`urn:ogc:def:crs:EPSG::4547`, `EPSG:4547`); nil when the
    /// file declares none, which RFC 7946 reads as longitude-latitude.
    public var declaredCRS: String?
    public var features: [ParcelFeature]

    public init(declaredCRS: String? = nil, features: [ParcelFeature]) {
        self.declaredCRS = declaredCRS
        self.features = features
    }
}
