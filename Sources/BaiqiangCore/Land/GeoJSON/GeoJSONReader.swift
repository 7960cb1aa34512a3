import Foundation

/// Reads a GeoJSON FeatureCollection of parcels (RFC 7946). Every feature is read before any is
/// refused, so the error lists every broken feature at once. Shapes are checked later, once the
/// coordinates are longitude-latitude (`ParcelGeoJSONImport`).
public enum GeoJSONReader {
    public static func read(_ data: Data) throws(GeoJSONError) -> ParcelFeatureCollection {
        let (collection, _, issues) = try readEach(data)
        guard issues.isEmpty else { throw GeoJSONError(issues: issues) }
        return collection
    }

    /// The features that could be read, each with its 1-based index, and the problems of those
    /// that could not: for an import that applies the valid part. Only a file that is not a
    /// FeatureCollection at all is thrown.
    public static func readEach(_ data: Data) throws(GeoJSONError) -> (ParcelFeatureCollection, indices: [Int], issues: [LocatedIssue]) {
        let document: JSONValue
        do {
            document = try JSONDecoding.decode(data)
        } catch {
            throw GeoJSONError(fileProblem: BilingualText(zh: "文件不是有效的 JSON", en: "The file is not valid JSON"))
        }
        guard case .object(let root) = document, case .string("FeatureCollection")? = root["type"],
              case .array(let featureValues)? = root["features"] else {
            throw GeoJSONError(fileProblem: BilingualText(
                zh: "文件须为 GeoJSON FeatureCollection（type 为 FeatureCollection，并含 features 数组）",
                en: "The file must be a GeoJSON FeatureCollection (type FeatureCollection with a features array)"))
        }
        var features: [ParcelFeature] = []
        var indices: [Int] = []
        features.reserveCapacity(featureValues.count)
        var issues: [LocatedIssue] = []
        for (offset, value) in featureValues.enumerated() {
            let index = offset + 1
            guard case .object(let object) = value, case .string("Feature")? = object["type"] else {
                issues.append(LocatedIssue(row: index, column: "type", reason: BilingualText(
                    zh: "不是 GeoJSON Feature", en: "not a GeoJSON Feature")))
                continue
            }
            var properties: [String: JSONValue] = [:]
            var readable = true
            switch object["properties"] {
            case .object(let values)?: properties = values
            case .null?, nil: break
            default:
                issues.append(LocatedIssue(row: index, column: "properties", reason: BilingualText(
                    zh: "properties 须为对象", en: "properties must be an object")))
                readable = false
            }
            guard let geometryValue = object["geometry"], geometryValue != .null else {
                issues.append(LocatedIssue(row: index, column: "geometry", reason: BilingualText(
                    zh: "缺少图形", en: "the geometry is missing")))
                continue
            }
            switch GeoJSONGeometry.parse(geometryValue) {
            case .success(let geometry) where readable:
                features.append(ParcelFeature(id: object["id"], geometry: geometry, properties: properties))
                indices.append(index)
            case .success: break
            case .failure(let problem):
                issues.append(LocatedIssue(row: index, column: "geometry", reason: problem.text))
            }
        }
        return (ParcelFeatureCollection(declaredCRS: declaredCRS(root["crs"]), features: features), indices, issues)
    }

    /// The name of a pre-RFC `crs` member (`{"type": "name", "properties": {"name": …}}`), which
    /// GDAL still writes for projected data.
    private static func declaredCRS(_ value: JSONValue?) -> String? {
        guard case .object(let crs)? = value, case .object(let properties)? = crs["properties"],
              case .string(let name)? = properties["name"] else { return nil }
        return name
    }
}
