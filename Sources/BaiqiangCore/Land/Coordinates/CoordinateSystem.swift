import Foundation

/// The coordinate systems (坐标系) parcels may arrive in, by EPSG code, and how each becomes
/// longitude-latitude. GCJ-02 and other offset systems are not coordinate systems of record and
/// are refused like any unknown code.
public enum CoordinateSystem: Sendable, Hashable {
    /// Longitude-latitude: WGS 84 (EPSG:4326) or CGCS2000 (EPSG:4490), the same at map scale.
    case geographic(epsg: Int)
    /// CGCS2000 3-degree Gauss–Krüger zone without the zone prefix (EPSG:4534–4554, central
    /// meridians 75°E–135°E; Heshan is EPSG:4547, 114°E), easting then northing in metres.
    case gaussKruger3Degree(epsg: Int, centralMeridian: Double)

    /// The first and last code of the CGCS2000 3-degree zones written without a zone prefix.
    static let gaussKrugerCodes = 4534...4554

    public init(epsg: Int) throws(CoordinateSystemError) {
        switch epsg {
        case 4326, 4490:
            self = .geographic(epsg: epsg)
        case Self.gaussKrugerCodes:
            self = .gaussKruger3Degree(epsg: epsg, centralMeridian: Double(75 + 3 * (epsg - 4534)))
        default:
            throw .unknown("EPSG:\(epsg)")
        }
    }

    /// Reads the forms files and users write: `EPSG:4547`, `epsg:4547`, `4547`,
    /// `urn:ogc:def:crs:EPSG::4547`, `urn:ogc:def:crs:OGC:1.3:CRS84`.
    public init(parsing text: String) throws(CoordinateSystemError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let upper = trimmed.uppercased()
        if upper == "CRS84" || upper.hasSuffix(":CRS84") {
            self = .geographic(epsg: 4326)
            return
        }
        var code = upper
        for prefix in ["URN:OGC:DEF:CRS:EPSG::", "URN:OGC:DEF:CRS:EPSG:", "EPSG::", "EPSG:"] where code.hasPrefix(prefix) {
            code = String(code.dropFirst(prefix.count))
            break
        }
        guard !code.isEmpty, code.count <= 6, code.allSatisfy({ $0.isASCII && $0.isNumber }), let epsg = Int(code) else {
            throw .unknown(trimmed)
        }
        do {
            try self.init(epsg: epsg)
        } catch {
            throw .unknown(trimmed)
        }
    }

    public var epsg: Int {
        switch self {
        case .geographic(let epsg), .gaussKruger3Degree(let epsg, _): epsg
        }
    }

    /// The longitude-latitude of a position given in this system.
    public func geographic(_ position: Position) -> Position {
        switch self {
        case .geographic:
            return position
        case .gaussKruger3Degree(_, let centralMeridian):
            return TransverseMercator(ellipsoid: .cgcs2000, centralMeridian: centralMeridian)
                .geographic(easting: position.x, northing: position.y)
        }
    }
}

/// Why a coordinate system is refused.
public enum CoordinateSystemError: BilingualError, Equatable {
    case unknown(String)

    public var message: BilingualText {
        switch self {
        case .unknown(let text):
            BilingualText(
                zh: "不支持的坐标系“\(text)”：支持 EPSG:4326、EPSG:4490 经纬度和 CGCS2000 三度带高斯-克吕格投影 EPSG:4534–4554（鹤山为 EPSG:4547）",
                en: "Unsupported coordinate system “\(text)”: EPSG:4326 and EPSG:4490 longitude-latitude and the CGCS2000 3-degree Gauss–Krüger zones EPSG:4534–4554 (Heshan: EPSG:4547) are supported")
        }
    }
}
