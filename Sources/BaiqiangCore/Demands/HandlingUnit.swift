/// The unit a demand is assigned to (承办单位): a department or a town, by its code.
public struct HandlingUnit: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case department, town
    }

    public let kind: Kind
    public let code: String

    public init(_ kind: Kind, code: String) {
        self.kind = kind
        self.code = code
    }

    public static func department(_ code: String) -> HandlingUnit { HandlingUnit(.department, code: code) }
    public static func town(_ code: String) -> HandlingUnit { HandlingUnit(.town, code: code) }

    /// The unit as one picker value, `department:gxj` or `town:gulao`: the kind travels with the
    /// code, so a town can never be sent as a department.
    public var pickerValue: String { "\(kind.rawValue):\(code)" }

    /// Reads a picker value; nil unless it is a known kind, a colon and a code.
    public init?(pickerValue: String) {
        let parts = pickerValue.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = Kind(rawValue: parts[0]),
              !parts[1].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        self.init(kind, code: parts[1].trimmingCharacters(in: .whitespaces))
    }
}
