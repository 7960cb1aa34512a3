/// What a free-text field holds, which decides how long it may be (字段长度上限). One table for
/// pages, the JSON API, imports and Open311, so a value accepted by one is accepted by all, and
/// the numbers the forms' `maxlength` and the OpenAPI document's `maxLength` state.
public enum TextFieldKind: String, Sendable, CaseIterable {
    /// A firm's, a person's display, a KPI's, a token's or a holiday's name.
    case name
    /// A postal address (enterprise, demand, Open311 `address_string`).
    case address
    /// A contact person's name, a phone number, a linked leader's name.
    case contact
    /// A demand's description and a handler's reply (Open311 limits `description` to 4,000).
    case demandText
    /// Reasons, notes and source notes.
    case note
    /// An account's sign-in name.
    case username
    /// A short code: category, town, department, handling unit, unit of measure, ticker.
    case code
    /// An uploaded file's name.
    case fileName

    /// The most characters (Unicode scalars, as JSON Schema's `maxLength` counts) it may hold.
    public var maximumLength: Int {
        switch self {
        case .name: 200
        case .address: 500
        case .contact: 100
        case .demandText: 4_000
        case .note: 2_000
        case .username: 64
        case .code: 64
        case .fileName: 255
        }
    }
}

/// The bounds every input is held to, and the checks that state them in both languages.
public enum FieldLimits {
    /// WGS-84 degrees.
    public static let latitude: ClosedRange<Double> = -90...90
    public static let longitude: ClosedRange<Double> = -180...180
    /// The largest size any figure may have (an amount, an area, a count, a KPI value): far
    /// beyond any county's (a province's GDP in 万元 is about 10⁹), small enough that a stray
    /// exponent is caught before it turns a sum into infinity.
    public static let maximumMagnitude = 1e12

    /// Every field kind with its maximum, for forms (`maxlength`) and documentation.
    public static var table: [(kind: TextFieldKind, maximumLength: Int)] {
        TextFieldKind.allCases.map { ($0, $0.maximumLength) }
    }

    /// The length as the limits count it: Unicode scalars. Counting characters (grapheme
    /// clusters) would let one letter carry a megabyte of combining marks.
    public static func length(of value: String) -> Int {
        value.unicodeScalars.count
    }

    /// Whether `value` is within the kind's maximum; decided from the UTF-8 size alone when it
    /// is small or far too large, so an oversized value is refused without being walked.
    public static func fits(_ value: String, _ kind: TextFieldKind) -> Bool {
        let limit = kind.maximumLength
        let bytes = value.utf8.count
        if bytes <= limit { return true }
        if bytes > 4 * limit { return false }
        return length(of: value) <= limit
    }

    /// The same for UTF-8 bytes (an import cell), without making a string.
    public static func fits(utf8 bytes: UnsafeRawBufferPointer, _ kind: TextFieldKind) -> Bool {
        let limit = kind.maximumLength
        if bytes.count <= limit { return true }
        if bytes.count > 4 * limit { return false }
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        return scalars <= limit
    }

    /// Why a value of `kind` is too long.
    public static func tooLong(_ kind: TextFieldKind) -> BilingualText {
        BilingualText(zh: "不能超过 \(kind.maximumLength) 个字符", en: "must be at most \(kind.maximumLength) characters")
    }

    /// Why `value` is refused as a `kind`, or nil when it fits.
    public static func check(_ value: String, _ kind: TextFieldKind) -> BilingualText? {
        fits(value, kind) ? nil : tooLong(kind)
    }

    /// Why `value` is refused for `range`, or nil when it is a finite number within it.
    public static func check(_ value: Double, in range: ClosedRange<Double>) -> BilingualText? {
        guard value.isFinite, range.contains(value) else {
            return BilingualText(zh: "须在 \(format(range.lowerBound)) 到 \(format(range.upperBound)) 之间",
                                 en: "must be between \(format(range.lowerBound)) and \(format(range.upperBound))")
        }
        return nil
    }

    /// A bound as a person writes it: `90`, not `90.0`.
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Fields of one input (a form, a JSON body, an Open311 request) that were refused, each named
/// by the key the client sent it under; nothing was written.
public struct FieldInputError: LocatedIssues, Equatable {
    public let issues: [LocatedIssue]

    public init(_ issues: [LocatedIssue]) {
        self.issues = issues
    }

    public var locatedIssues: [LocatedIssue] { issues }

    /// The fields refused, by key.
    public var fields: [String] { issues.compactMap(\.column) }

    public var message: BilingualText {
        BilingualText(
            zh: issues.map { "“\($0.column ?? "")”\($0.reason.zh)" }.joined(separator: "；"),
            en: issues.map { "'\($0.column ?? "")' \($0.reason.en)" }.joined(separator: "; "))
    }
}

/// Collects every refused field of one input, so a client hears of all of them at once.
public struct FieldChecker: Sendable {
    public private(set) var issues: [LocatedIssue] = []

    public init() {}

    /// Checks an optional text against its kind's maximum.
    public mutating func text(_ value: String?, _ kind: TextFieldKind, field: String) {
        guard let value, let reason = FieldLimits.check(value, kind) else { return }
        report(field, reason)
    }

    /// Checks an optional number against a range.
    public mutating func number(_ value: Double?, in range: ClosedRange<Double>, field: String) {
        guard let value, let reason = FieldLimits.check(value, in: range) else { return }
        report(field, reason)
    }

    public mutating func report(_ field: String, _ reason: BilingualText) {
        issues.append(LocatedIssue(row: nil, column: field, reason: reason))
    }

    /// Throws every refused field, if any.
    public func finish() throws(FieldInputError) {
        if !issues.isEmpty { throw FieldInputError(issues) }
    }
}
