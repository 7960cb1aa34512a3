/// The fast reader stops at the first problem; a file sent back with one error at a time would
/// take as many rounds as it has bad rows. Once it has stopped, the file is read again without
/// stopping, so every problem (up to `IssueListing.limit`, the rest counted) is reported at once.
/// Only rejected files pay for the second reading.
extension EvaluationInputCSV {
    static func everyIssue(_ bytes: UnsafeRawBufferPointer, first: EvaluationInputError) -> EvaluationInputError {
        var scanner = CSVScanner(bytes)
        var fields: [CSVField] = []
        let kinds: [ColumnKind]
        do {
            kinds = try readHeader(&scanner, &fields)
        } catch {
            return error
        }
        var issues: [EvaluationInputError] = []
        var unlisted = 0
        func note(_ issue: EvaluationInputError) {
            if issues.count < IssueListing.limit { issues.append(issue) } else { unlisted += 1 }
        }
        let codeColumn = kinds.firstIndex { if case .creditCode = $0 { true } else { false } }!
        var firstRowByCode: [String: Int] = [:]
        while true {
            let more: Bool
            do {
                more = try next(&scanner, &fields)
            } catch {
                // Past a broken quote the rows can no longer be told apart.
                note(error)
                break
            }
            guard more else { break }
            let row = scanner.row
            guard fields.count == kinds.count else {
                note(EvaluationInputError(.wrongFieldCount(expected: kinds.count, found: fields.count), row: row,
                                          column: min(fields.count, kinds.count) + 1))
                continue
            }
            // Each row is checked into a builder of its own, which is then dropped.
            var scratch = EvaluationInputBuilder()
            for (index, kind) in kinds.enumerated() {
                do {
                    try read(fields[index], as: kind, column: index + 1, row: row, scanner: scanner, into: &scratch)
                } catch {
                    note(error)
                }
            }
            let code = String(decoding: trimmed(scanner.bytes(of: fields[codeColumn])), as: UTF8.self)
            guard !code.isEmpty else { continue }
            if let firstRow = firstRowByCode[code] {
                note(EvaluationInputError(.duplicateCreditCode(code: code, firstRow: firstRow), row: row,
                                          column: codeColumn + 1, columnName: "credit_code"))
            } else {
                firstRowByCode[code] = row
            }
        }
        return EvaluationInputError(listing: issues, unlisted: unlisted) ?? first
    }
}
