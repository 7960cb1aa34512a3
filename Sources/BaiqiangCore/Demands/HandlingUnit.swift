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
}
