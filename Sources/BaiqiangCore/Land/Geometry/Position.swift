/// One vertex (坐标点) of a parcel's boundary: longitude and latitude in degrees once in the
/// platform, or easting and northing in metres while still in a surveyed projection.
public struct Position: Sendable, Hashable, Codable {
    /// Longitude in degrees, or easting in metres.
    public var x: Double
    /// Latitude in degrees, or northing in metres.
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    public init(longitude: Double, latitude: Double) {
        self.init(x: longitude, y: latitude)
    }

    public var longitude: Double { x }
    public var latitude: Double { y }
}
