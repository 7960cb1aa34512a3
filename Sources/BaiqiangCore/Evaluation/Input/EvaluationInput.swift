/// The firms to evaluate, as columns (one array per field, struct of arrays): a million firms
/// are a few dozen arrays, not a million objects. Rows keep the order of the source (so scoring
/// walks memory front to back); `creditCodeOrder` gives the output order.
/// Build one with `EvaluationInputBuilder` or `EvaluationInputCSV.read`.
public struct EvaluationInput: Sendable {
    public let creditCodes: TextColumn
    public let names: TextColumn
    public let towns: CategoryColumn
    public let industries: CategoryColumn
    public let scales: [FirmScale]
    /// One column per `FirmMeasure`, indexed by `FirmMeasure.index`; NaN marks a missing value.
    public let measures: [[Double]]
    /// `EvaluationInput.missingYear` when unknown.
    public let startYears: [Int32]
    public let flags: [FirmFlags]
    /// The row each firm came from in its source file (the header is row 1), or its position
    /// (from 1) among the firms appended to a builder.
    public let sourceRows: [Int32]
    /// Rows sorted by credit code: the output order.
    public let creditCodeOrder: [Int32]
    /// For each row, its position in `creditCodeOrder`: comparing two of these compares credit
    /// codes (the tie-break of ranks) without touching the texts.
    public let creditCodeRank: [Int32]
    /// `creditCodes` in `creditCodeOrder`, so writing the output reads them front to back.
    let sortedCreditCodes: TextColumn

    public static let missingYear = Int32.min

    public var count: Int { scales.count }

    public func column(_ measure: FirmMeasure) -> [Double] { measures[measure.index] }

    /// The value of `measure` for `row`, nil when missing.
    public func value(_ measure: FirmMeasure, row: Int) -> Double? {
        let value = measures[measure.index][row]
        return value.isNaN ? nil : value
    }

    public func startYear(row: Int) -> Int? {
        startYears[row] == Self.missingYear ? nil : Int(startYears[row])
    }

    /// The row of the firm with this credit code, found by binary search.
    public func row(creditCode: String) -> Int? {
        let target = Array(creditCode.utf8)
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            let order = sortedCreditCodes.withBytes(at: mid) { bytes in
                target.withUnsafeBytes { CreditCodeSort.compare(bytes, $0) }
            }
            if order == 0 { return Int(creditCodeOrder[mid]) }
            if order < 0 { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    init(
        creditCodes: TextColumn, names: TextColumn, towns: CategoryColumn, industries: CategoryColumn, scales: [FirmScale],
        measures: [[Double]], startYears: [Int32], flags: [FirmFlags], sourceRows: [Int32],
        creditCodeOrder: [Int32], creditCodeRank: [Int32], sortedCreditCodes: TextColumn
    ) {
        self.creditCodes = creditCodes
        self.names = names
        self.towns = towns
        self.industries = industries
        self.scales = scales
        self.measures = measures
        self.startYears = startYears
        self.flags = flags
        self.sourceRows = sourceRows
        self.creditCodeOrder = creditCodeOrder
        self.creditCodeRank = creditCodeRank
        self.sortedCreditCodes = sortedCreditCodes
    }
}

/// One firm's figures for a year, for callers that build an input in code (the application,
/// tests) rather than from a CSV file.
public struct FirmFigures: Sendable, Hashable, Codable {
    public var creditCode: String
    public var name: String
    public var town: String
    public var industry: String
    public var scale: FirmScale
    public var values: [FirmMeasure: Double]
    public var startYear: Int?
    public var flags: Set<FirmFlag>

    public init(
        creditCode: String, name: String = "", town: String = "", industry: String = "", scale: FirmScale,
        values: [FirmMeasure: Double], startYear: Int? = nil, flags: Set<FirmFlag> = []
    ) {
        self.creditCode = creditCode
        self.name = name
        self.town = town
        self.industry = industry
        self.scale = scale
        self.values = values
        self.startYear = startYear
        self.flags = flags
    }
}
