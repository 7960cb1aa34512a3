import Foundation

/// Reads the input file of `baiqiang evaluate`: CSV (UTF-8 with or without BOM, or GB18030) or
/// XLSX, with the columns of `header` (in any order, English or Chinese headers, see `spec`);
/// an empty cell is a missing value.
public enum EvaluationInputCSV {
    /// The firm's identity and scale, the figures the evaluation reads (`YearlyFigure.evaluated`),
    /// then its start year and flags.
    public static let header = ["credit_code", "name", "town", "industry", "scale"]
        + YearlyFigure.evaluated.map(\.column) + ["start_year", "flags"]

    /// What a column holds, decided once from the header so each cell is one switch.
    enum ColumnKind {
        case creditCode, name, town, industry, scale, startYear, flags
        case measure(FirmMeasure)

        init(_ name: String) {
            switch name {
            case "credit_code": self = .creditCode
            case "name": self = .name
            case "town": self = .town
            case "industry": self = .industry
            case "scale": self = .scale
            case "start_year": self = .startYear
            case "flags": self = .flags
            default: self = .measure(FirmMeasure(rawValue: name)!)
            }
        }
    }

    public static func read(_ data: Data) throws(EvaluationInputError) -> EvaluationInput {
        // `withUnsafeBytes` only rethrows untyped errors, so the typed one travels in a Result.
        try data.withUnsafeBytes { bytes in Result { () throws(EvaluationInputError) in try read(bytes) } }.get()
    }

    public static func read(_ bytes: [UInt8]) throws(EvaluationInputError) -> EvaluationInput {
        try bytes.withUnsafeBytes { raw in Result { () throws(EvaluationInputError) in try read(raw) } }.get()
    }

    /// Parses and validates every row; the first problem is thrown, naming its row and column.
    public static func read(_ bytes: UnsafeRawBufferPointer) throws(EvaluationInputError) -> EvaluationInput {
        try read(bytes, minimumBytesPerThread: 8 << 20)
    }

    /// Files of at least twice `minimumBytesPerThread` are parsed in two halves at once.
    static func read(_ bytes: UnsafeRawBufferPointer, minimumBytesPerThread: Int) throws(EvaluationInputError) -> EvaluationInput {
        if let converted = try utf8CSV(bytes) {
            return try converted.withUnsafeBytes { raw in
                Result { () throws(EvaluationInputError) in try readUTF8(raw, minimumBytesPerThread: minimumBytesPerThread) }
            }.get()
        }
        return try readUTF8(bytes, minimumBytesPerThread: minimumBytesPerThread)
    }

    private static func readUTF8(_ bytes: UnsafeRawBufferPointer, minimumBytesPerThread: Int) throws(EvaluationInputError) -> EvaluationInput {
        do {
            return try readStoppingAtFirstIssue(bytes, minimumBytesPerThread: minimumBytesPerThread)
        } catch {
            throw everyIssue(bytes, first: error)
        }
    }

    private static func readStoppingAtFirstIssue(_ bytes: UnsafeRawBufferPointer, minimumBytesPerThread: Int) throws(EvaluationInputError) -> EvaluationInput {
        var scanner = CSVScanner(bytes)
        var fields: [CSVField] = []
        let kinds = try readHeader(&scanner, &fields)
        let creditCodeColumn = kinds.firstIndex { if case .creditCode = $0 { true } else { false } }! + 1
        let builder = try parseBody(bytes, after: scanner, kinds: kinds, minimumBytesPerThread: minimumBytesPerThread)
        return try builder.build(creditCodeColumn: creditCodeColumn)
    }

    /// Parses records from `scanner` into `builder` until it reaches the end, or a record boundary at or past `stop`.
    static func parseRows(
        _ scanner: inout CSVScanner, until stop: Int, kinds: [ColumnKind], into builder: inout EvaluationInputBuilder
    ) throws(EvaluationInputError) {
        var fields: [CSVField] = []
        fields.reserveCapacity(kinds.count + 1)
        while scanner.offset < stop, try next(&scanner, &fields) {
            guard fields.count == kinds.count else {
                throw EvaluationInputError(
                    .wrongFieldCount(expected: kinds.count, found: fields.count), row: scanner.row,
                    column: min(fields.count, kinds.count) + 1)
            }
            let row = scanner.row
            for (index, kind) in kinds.enumerated() {
                try read(fields[index], as: kind, column: index + 1, row: row, scanner: scanner, into: &builder)
            }
            builder.sourceRows.append(Int32(clamping: row))
        }
    }

    static func next(_ scanner: inout CSVScanner, _ fields: inout [CSVField]) throws(EvaluationInputError) -> Bool {
        do {
            return try scanner.nextRecord(into: &fields)
        } catch {
            throw EvaluationInputError(.malformedCSV(error.reason), row: error.row, column: error.column)
        }
    }

    static func readHeader(_ scanner: inout CSVScanner, _ fields: inout [CSVField]) throws(EvaluationInputError) -> [ColumnKind] {
        guard try next(&scanner, &fields) else { throw EvaluationInputError(.noRows) }
        let written = fields.map { scanner.string(of: $0).trimmingCharacters(in: .whitespaces) }
        let names = written.map(canonicalColumn)
        // Every problem of the header at once: a sheet with Chinese headers often has several.
        var issues: [EvaluationInputError] = []
        for (index, name) in names.enumerated() {
            guard let name else {
                issues.append(EvaluationInputError(.unknownColumn, row: 1, column: index + 1, columnName: written[index]))
                continue
            }
            if names.firstIndex(of: name) != index {
                issues.append(EvaluationInputError(.duplicateColumn, row: 1, column: index + 1, columnName: name))
            }
        }
        for missing in header where !names.contains(missing) {
            issues.append(EvaluationInputError(.missingColumn, row: 1, columnName: missing))
        }
        guard issues.isEmpty else { throw EvaluationInputError(listing: issues, unlisted: 0)! }
        return names.map { ColumnKind($0!) }
    }

    @inline(__always)
    static func read(
        _ field: CSVField, as kind: ColumnKind, column: Int, row: Int, scanner: CSVScanner,
        into builder: inout EvaluationInputBuilder
    ) throws(EvaluationInputError) {
        let bytes = scanner.bytes(of: field)
        func failure(_ reason: (String) -> EvaluationInputError.Reason) -> EvaluationInputError {
            EvaluationInputError(reason(scanner.string(of: field)), row: row, column: column, columnName: header(kind))
        }
        func bounded(_ bytes: UnsafeRawBufferPointer, _ limit: TextFieldKind) throws(EvaluationInputError) {
            guard FieldLimits.fits(utf8: trimmed(bytes), limit) else {
                throw EvaluationInputError(.tooLong(limit: limit.maximumLength), row: row, column: column, columnName: header(kind))
            }
        }
        switch kind {
        case .creditCode:
            let trimmed = trimmed(bytes)
            guard !trimmed.isEmpty else {
                throw EvaluationInputError(.emptyCreditCode, row: row, column: column, columnName: "credit_code")
            }
            if ImportTemplate.isExample(trimmed) {
                throw EvaluationInputError(.exampleRow, row: row, column: column, columnName: "credit_code")
            }
            builder.creditCodes.append(trimmed, collapsingDoubledQuotes: field.hasDoubledQuotes)
        // Texts lose the apostrophe that neutralises a formula in our own CSV files.
        case .name:
            try bounded(bytes, .name)
            builder.names.append(SpreadsheetFormula.restored(bytes), collapsingDoubledQuotes: field.hasDoubledQuotes)
        case .town:
            try bounded(bytes, .name)
            builder.towns.append(SpreadsheetFormula.restored(bytes), collapsingDoubledQuotes: field.hasDoubledQuotes)
        case .industry:
            try bounded(bytes, .code)
            builder.industries.append(SpreadsheetFormula.restored(bytes), collapsingDoubledQuotes: field.hasDoubledQuotes)
        case .scale:
            let word = trimmed(bytes)
            if equals(word, "above") || equals(word, "规上") {
                builder.scales.append(.above)
            } else if equals(word, "below") || equals(word, "规下") {
                builder.scales.append(.below)
            } else {
                throw failure { .unknownScale($0) }
            }
        case .measure(let measure):
            var value = Double.nan
            if !isBlank(bytes) {
                guard let number = ASCIINumber.parseDouble(bytes) else { throw failure { .notANumber($0) } }
                if measure == .landMu && number < 0 { throw failure { .negativeLand($0) } }
                value = number
            }
            builder.measures[measure.index].append(value)
        case .startYear:
            var year = EvaluationInput.missingYear
            if !isBlank(bytes) {
                guard let parsed = ASCIINumber.parseInt(bytes), parsed > 0, parsed < 10_000 else {
                    throw failure { .notAYear($0) }
                }
                year = Int32(parsed)
            }
            builder.startYears.append(year)
        case .flags:
            builder.flags.append(try parseFlags(bytes) { word in
                EvaluationInputError(.unknownFlag(word), row: row, column: column, columnName: "flags")
            })
        }
    }

    private static func parseFlags(
        _ bytes: UnsafeRawBufferPointer, failure: (String) -> EvaluationInputError
    ) throws(EvaluationInputError) -> FirmFlags {
        var flags = FirmFlags()
        guard !bytes.isEmpty else { return flags }
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != ASCIIByte.semicolon { end += 1 }
            let word = trimmed(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            if !word.isEmpty {
                guard let flag = FirmFlag.allCases.first(where: { word.elementsEqual($0.rawValue.utf8) }) else {
                    throw failure(String(decoding: word, as: UTF8.self))
                }
                flags.insert(FirmFlags(flag))
            }
            start = end + 1
        }
        return flags
    }

    private static func header(_ kind: ColumnKind) -> String {
        switch kind {
        case .creditCode: "credit_code"
        case .name: "name"
        case .town: "town"
        case .industry: "industry"
        case .scale: "scale"
        case .startYear: "start_year"
        case .flags: "flags"
        case .measure(let measure): measure.rawValue
        }
    }

    private static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        trimmed(bytes).isEmpty
    }

    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == ASCIIByte.space || bytes[start] == ASCIIByte.tab) { start += 1 }
        while end > start && (bytes[end - 1] == ASCIIByte.space || bytes[end - 1] == ASCIIByte.tab) { end -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    private static func equals(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<bytes.count where bytes[i] != w[i] { return false }
        return true
    }
}
