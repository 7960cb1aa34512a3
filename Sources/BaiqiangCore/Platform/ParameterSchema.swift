import Foundation

/// What one request parameter may hold, as the API description declares it (type, enum, date
/// format, range, length), and the one check of a value against it: the server refuses exactly
/// what its description forbids, in one place, instead of each handler reading its parameters
/// leniently (`?to=` ignored, `?stage=null` read as no filter).
public struct ParameterSchema: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case string, integer, number, boolean
    }

    public var kind: Kind
    public var allowed: [String]?
    /// `format: date`: exactly YYYY-MM-DD, a real day.
    public var isDate = false
    /// `format: uuid`.
    public var isUUID = false
    public var minimum: Double?
    public var maximum: Double?
    public var minLength: Int?
    public var maxLength: Int?
    /// A regular expression the text must contain a match of (JSON Schema's `pattern`).
    public var pattern: String?

    public init(kind: Kind, allowed: [String]? = nil, isDate: Bool = false, isUUID: Bool = false, minimum: Double? = nil,
                maximum: Double? = nil, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil) {
        self.kind = kind
        self.allowed = allowed
        self.isDate = isDate
        self.isUUID = isUUID
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
    }

    /// Why `value` is refused, or nil when it is allowed.
    public func problem(with value: String) -> BilingualText? {
        switch kind {
        case .integer:
            guard let number = Int(value) else { return BilingualText(zh: "应为整数", en: "must be a whole number") }
            return rangeProblem(Double(number))
        case .number:
            guard let number = Double(value), number.isFinite else {
                return BilingualText(zh: "应为数字", en: "must be a number")
            }
            return rangeProblem(number)
        case .boolean:
            guard value == "true" || value == "false" else { return BilingualText(zh: "应为 true 或 false", en: "must be true or false") }
            return nil
        case .string:
            break
        }
        if let allowed, !allowed.contains(value) {
            let list = allowed.joined(separator: ", ")
            return BilingualText(zh: "应为以下之一：\(list)", en: "must be one of: \(list)")
        }
        if isDate, LocalDate(iso: value) == nil {
            return BilingualText(zh: "应为日期（YYYY-MM-DD）", en: "must be a date (YYYY-MM-DD)")
        }
        if isUUID, UUID(uuidString: value) == nil {
            return BilingualText(zh: "应为 UUID", en: "must be a UUID")
        }
        let length = value.unicodeScalars.count
        if let minLength, length < minLength {
            return BilingualText(zh: "至少 \(minLength) 个字符", en: "must have at least \(minLength) characters")
        }
        if let maxLength, length > maxLength {
            return BilingualText(zh: "最多 \(maxLength) 个字符", en: "must have at most \(maxLength) characters")
        }
        if let pattern, value.range(of: pattern, options: .regularExpression) == nil {
            return BilingualText(zh: "格式不对", en: "is not in the expected form")
        }
        return nil
    }

    private func rangeProblem(_ number: Double) -> BilingualText? {
        if let minimum, number < minimum {
            return BilingualText(zh: "不能小于 \(Self.plain(minimum))", en: "must be at least \(Self.plain(minimum))")
        }
        if let maximum, number > maximum {
            return BilingualText(zh: "不能大于 \(Self.plain(maximum))", en: "must be at most \(Self.plain(maximum))")
        }
        return nil
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
