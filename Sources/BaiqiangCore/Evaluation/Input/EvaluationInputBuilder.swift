/// Collects firms column by column, then sorts them by credit code and checks the codes are
/// unique (`build`).
public struct EvaluationInputBuilder: Sendable {
    var creditCodes = TextColumn()
    var names = TextColumn()
    var towns = CategoryColumn()
    var industries = CategoryColumn()
    var scales: [FirmScale] = []
    var measures: [[Double]] = Array(repeating: [], count: FirmMeasure.evaluated.count)
    var startYears: [Int32] = []
    var flags: [FirmFlags] = []
    var sourceRows: [Int32] = []

    public init(reservingCapacity rows: Int = 0) {
        creditCodes.reserveCapacity(texts: rows, bytes: rows * 18)
        // A Chinese company name is typically 8–20 characters, 3 bytes each.
        names.reserveCapacity(texts: rows, bytes: rows * 40)
        towns.reserveCapacity(rows)
        industries.reserveCapacity(rows)
        scales.reserveCapacity(rows)
        for i in measures.indices { measures[i].reserveCapacity(rows) }
        startYears.reserveCapacity(rows)
        flags.reserveCapacity(rows)
        sourceRows.reserveCapacity(rows)
    }

    public var count: Int { scales.count }

    public mutating func append(_ firm: FirmFigures, sourceRow: Int = 0) {
        creditCodes.append(firm.creditCode)
        names.append(firm.name)
        towns.append(firm.town)
        industries.append(firm.industry)
        scales.append(firm.scale)
        for measure in FirmMeasure.evaluated {
            measures[measure.index].append(firm.values[measure] ?? .nan)
        }
        startYears.append(firm.startYear.map { Int32(clamping: $0) } ?? EvaluationInput.missingYear)
        flags.append(FirmFlags(firm.flags))
        sourceRows.append(Int32(clamping: sourceRow))
    }

    /// Appends another builder's rows; `rowOffset` is added to their source rows (a later part of the same file).
    mutating func append(contentsOf other: EvaluationInputBuilder, rowOffset: Int32) {
        creditCodes.append(contentsOf: other.creditCodes)
        names.append(contentsOf: other.names)
        towns.append(contentsOf: other.towns)
        industries.append(contentsOf: other.industries)
        scales.append(contentsOf: other.scales)
        for i in measures.indices { measures[i].append(contentsOf: other.measures[i]) }
        startYears.append(contentsOf: other.startYears)
        flags.append(contentsOf: other.flags)
        sourceRows.reserveCapacity(sourceRows.count + other.sourceRows.count)
        for row in other.sourceRows { sourceRows.append(row + rowOffset) }
    }

    /// Orders the firms by credit code and rejects an empty set, an empty code or a repeated one.
    /// `creditCodeColumn` is where the code sits in the source file, for the error.
    public consuming func build(creditCodeColumn: Int? = nil) throws(EvaluationInputError) -> EvaluationInput {
        let n = count
        guard n > 0 else { throw EvaluationInputError(.noRows) }
        func rowNumber(_ row: Int) -> Int { sourceRows[row] > 0 ? Int(sourceRows[row]) : row + 1 }
        for row in 0..<n where creditCodes.isEmpty(at: row) {
            throw EvaluationInputError(.emptyCreditCode, row: rowNumber(row), column: creditCodeColumn, columnName: "credit_code")
        }
        let sorted = CreditCodeSort.sort(creditCodes)
        if let (first, repeated) = sorted.duplicate {
            throw EvaluationInputError(
                .duplicateCreditCode(code: creditCodes[repeated], firstRow: rowNumber(first)),
                row: rowNumber(repeated), column: creditCodeColumn, columnName: "credit_code")
        }
        // Rows built in code (no file) are numbered by position, so errors and explanations can still cite them.
        if sourceRows.allSatisfy({ $0 == 0 }) { sourceRows = (1...n).map { Int32(clamping: $0) } }
        let order = sorted.order
        var rank = [Int32](repeating: 0, count: n)
        for (position, row) in order.enumerated() { rank[Int(row)] = Int32(position) }
        return EvaluationInput(
            creditCodes: creditCodes, names: names, towns: towns, industries: industries, scales: scales,
            measures: measures, startYears: startYears, flags: flags, sourceRows: sourceRows,
            creditCodeOrder: order, creditCodeRank: rank,
            sortedCreditCodes: sorted.sortedCodes ?? creditCodes.permuted(by: order))
    }
}
