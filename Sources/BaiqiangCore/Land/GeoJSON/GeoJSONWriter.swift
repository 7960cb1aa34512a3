/// Writes parcels as an RFC 7946 FeatureCollection that QGIS and GDAL read: longitude-latitude,
/// exterior rings counterclockwise and holes clockwise (§3.1.6), properties in key order so the
/// same parcels always give the same file.
public enum GeoJSONWriter {
    /// Decimal places kept in coordinates: 1e-8° is about a millimetre.
    static let coordinateDecimals = 8.0

    public static func write(_ features: [ParcelFeature]) -> String {
        var out = "{\"type\":\"FeatureCollection\",\"features\":["
        for (index, feature) in features.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            writeFeature(feature, into: &out)
        }
        out += "\n]}\n"
        return out
    }

    static func writeFeature(_ feature: ParcelFeature, into out: inout String) {
        out += "{\"type\":\"Feature\""
        if let id = feature.id {
            out += ",\"id\":"
            writeValue(id, into: &out)
        }
        out += ",\"properties\":"
        writeValue(.object(feature.properties), into: &out)
        out += ",\"geometry\":"
        writeGeometry(feature.geometry, into: &out)
        out += "}"
    }

    /// The geometry alone, e.g. for a table cell.
    public static func geometryText(_ geometry: ParcelGeometry) -> String {
        var out = ""
        writeGeometry(geometry, into: &out)
        return out
    }

    static func writeGeometry(_ geometry: ParcelGeometry, into out: inout String) {
        switch geometry {
        case .polygon(let polygon):
            out += "{\"type\":\"Polygon\",\"coordinates\":"
            writePolygon(polygon, into: &out)
        case .multiPolygon(let polygons):
            out += "{\"type\":\"MultiPolygon\",\"coordinates\":["
            for (index, polygon) in polygons.enumerated() {
                if index > 0 { out += "," }
                writePolygon(polygon, into: &out)
            }
            out += "]"
        }
        out += "}"
    }

    private static func writePolygon(_ polygon: Polygon, into out: inout String) {
        out += "["
        for (index, ring) in polygon.rings.enumerated() {
            if index > 0 { out += "," }
            out += "["
            for (p, position) in wound(ring, exterior: index == 0).enumerated() {
                if p > 0 { out += "," }
                out += "[\(number(rounded(position.x))),\(number(rounded(position.y)))]"
            }
            out += "]"
        }
        out += "]"
    }

    /// The ring turned so that an exterior runs counterclockwise and a hole clockwise.
    static func wound(_ ring: Ring, exterior: Bool) -> Ring {
        let counterclockwise = RingCheck.signedArea(ring) >= 0
        return exterior == counterclockwise ? ring : ring.reversed()
    }

    static func rounded(_ value: Double) -> Double {
        let scale = pow10(coordinateDecimals)
        return (value * scale).rounded() / scale
    }

    private static func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= 10 }
        return result
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func writeValue(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += Self.number(number)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                writeValue(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                writeValue(members[key]!, into: &out)
            }
            out += "}"
        }
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
