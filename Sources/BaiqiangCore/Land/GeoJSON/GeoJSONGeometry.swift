/// Reading a GeoJSON geometry object (RFC 7946 §3.1) as a parcel's geometry: a Polygon or a
/// MultiPolygon. Shared by GeoJSON files and the GeoJSON column of a table import.
public enum GeoJSONGeometry {
    /// The geometry, or why it cannot be one (the reason alone: the caller knows the place).
    public static func parse(_ value: JSONValue) -> Result<ParcelGeometry, GeometryFormatProblem> {
        guard case .object(let object) = value else { return .failure(.notAnObject) }
        guard case .string(let type)? = object["type"] else { return .failure(.missingType) }
        guard let coordinates = object["coordinates"] else { return .failure(.missingCoordinates) }
        switch type {
        case "Polygon":
            return polygon(coordinates).map(ParcelGeometry.polygon)
        case "MultiPolygon":
            guard case .array(let items) = coordinates, !items.isEmpty else { return .failure(.badCoordinates) }
            var polygons: [Polygon] = []
            for item in items {
                switch polygon(item) {
                case .success(let polygon): polygons.append(polygon)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.multiPolygon(polygons))
        default:
            return .failure(.unsupportedType(type))
        }
    }

    /// The JSON text of `data`'s geometry, for a table cell.
    public static func parse(text: String) -> Result<ParcelGeometry, GeometryFormatProblem> {
        guard let value = try? JSONDecoding.decode(text) else { return .failure(.notJSON) }
        return parse(value)
    }

    private static func polygon(_ value: JSONValue) -> Result<Polygon, GeometryFormatProblem> {
        guard case .array(let rings) = value, !rings.isEmpty else { return .failure(.badCoordinates) }
        var result: [Ring] = []
        for ringValue in rings {
            guard case .array(let positions) = ringValue else { return .failure(.badCoordinates) }
            var ring: Ring = []
            ring.reserveCapacity(positions.count)
            for positionValue in positions {
                guard case .array(let numbers) = positionValue, numbers.count >= 2,
                      case .number(let x) = numbers[0], case .number(let y) = numbers[1] else {
                    return .failure(.badCoordinates)
                }
                ring.append(Position(x: x, y: y))
            }
            result.append(ring)
        }
        return .success(Polygon(rings: result))
    }
}

/// Why a geometry is not a readable polygon, before its shape is checked.
public enum GeometryFormatProblem: Error, Sendable, Hashable {
    case notJSON
    case notAnObject
    case missingType
    case missingCoordinates
    case badCoordinates
    case unsupportedType(String)
    /// Well-known text that is not a POLYGON or MULTIPOLYGON in the form written.
    case badWKT(String)
    /// A cell longer than the bound, in bytes.
    case tooLong(Int)

    public var text: BilingualText {
        switch self {
        case .notJSON:
            BilingualText(zh: "不是有效的 JSON", en: "not valid JSON")
        case .notAnObject:
            BilingualText(zh: "图形必须是 GeoJSON 几何对象", en: "the geometry must be a GeoJSON geometry object")
        case .missingType:
            BilingualText(zh: "图形缺少 type", en: "the geometry has no type")
        case .missingCoordinates:
            BilingualText(zh: "图形缺少 coordinates", en: "the geometry has no coordinates")
        case .badCoordinates:
            BilingualText(zh: "coordinates 格式错误：应为由 [经度, 纬度] 组成的环的数组",
                          en: "malformed coordinates: expected arrays of rings of [longitude, latitude]")
        case .unsupportedType(let type):
            BilingualText(zh: "图形类型“\(type)”不受支持（宗地须为 Polygon 或 MultiPolygon）",
                          en: "geometry type “\(type)” is not supported (a parcel is a Polygon or MultiPolygon)")
        case .tooLong(let bytes):
            BilingualText(zh: "图形超过 \(bytes) 字节", en: "the geometry is longer than \(bytes) bytes")
        case .badWKT(let detail):
            BilingualText(zh: "WKT 格式错误（应为 POLYGON 或 MULTIPOLYGON）：\(detail)",
                          en: "malformed WKT (expected POLYGON or MULTIPOLYGON): \(detail)")
        }
    }
}
