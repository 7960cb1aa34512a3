import Foundation

/// A parcels GeoJSON file as the platform keeps it: read, converted to longitude-latitude from
/// the coordinate system asked for (else the one the file declares, else longitude-latitude as
/// RFC 7946 says), and checked shape by shape. Nothing is returned unless every feature passes.
public enum ParcelGeoJSONImport {
    public static func read(_ data: Data, coordinateSystem asked: CoordinateSystem? = nil,
                            countyExtent: GeoExtent? = nil) throws -> ParcelFeatureCollection {
        var collection = try GeoJSONReader.read(data)
        let system = try asked ?? collection.declaredCRS.map { text throws(CoordinateSystemError) in
            try CoordinateSystem(parsing: text)
        } ?? .geographic(epsg: 4326)
        if case .gaussKruger3Degree = system {
            for index in collection.features.indices {
                collection.features[index].geometry = collection.features[index].geometry.mapPositions(system.geographic)
            }
        }
        collection.declaredCRS = nil
        return try collection.validated(countyExtent: countyExtent)
    }
}
