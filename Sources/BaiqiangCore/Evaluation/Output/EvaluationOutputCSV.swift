/// Writes the output file of `baiqiang evaluate`: `credit_code,group,score,rank,class`, one row
/// per input row sorted by credit code, the score with exactly 6 decimals, score and rank empty
/// when not rated.
public enum EvaluationOutputCSV {
    public static let header = ["credit_code", "group", "score", "rank", "class"]

    /// One row's output fields packed in 16 bytes, in output order.
    private struct Cell {
        var score: Double
        var rank: Int32
        var scale: FirmScale
        var evaluationClass: EvaluationClass
        var isRated: Bool
    }

    public static func write(_ result: EvaluationResult) -> [UInt8] {
        write(result, minimumRowsPerThread: 100_000)
    }

    /// Outputs of at least twice `minimumRowsPerThread` rows are formatted in two halves at once.
    static func write(_ result: EvaluationResult, minimumRowsPerThread: Int) -> [UInt8] {
        let input = result.input
        let n = input.count
        // Gathered in credit-code order in a loop of its own: its loads are independent, so the
        // processor overlaps the cache misses, which it cannot do inside the formatting loop.
        let cells = input.creditCodeOrder.map { index in
            let row = Int(index)
            return Cell(
                score: result.scores[row], rank: result.ranks[row], scale: input.scales[row],
                evaluationClass: result.classes[row], isRated: result.statuses[row] == .rated)
        }
        let codes = input.sortedCreditCodes
        // About 45 bytes a row: an 18-character code, a score, a rank and two short words.
        var writer = CSVWriter(reservingCapacity: n * 48 + 64)
        for name in header { writer.field(name) }
        writer.endRecord()
        guard n >= 2 * minimumRowsPerThread else {
            format(cells, codes: codes, rows: 0..<n, into: &writer)
            return writer.bytes
        }
        let (firstHalf, secondHalf) = TwoThreads.both({ () -> [UInt8] in
            format(cells, codes: codes, rows: 0..<n / 2, into: &writer)
            return writer.bytes
        }, {
            var second = CSVWriter(reservingCapacity: (n - n / 2) * 48)
            format(cells, codes: codes, rows: n / 2..<n, into: &second)
            return second.bytes
        })
        var bytes = firstHalf
        bytes.append(contentsOf: secondHalf)
        return bytes
    }

    private static func format(_ cells: [Cell], codes: TextColumn, rows: Range<Int>, into writer: inout CSVWriter) {
        codes.storage.withUnsafeBytes { codeBytes in
            for position in rows {
                let cell = cells[position]
                writer.field(UnsafeRawBufferPointer(rebasing: codeBytes[codes.range(at: position)]))
                writer.field(cell.scale == .above ? "above" : "below")
                if cell.isRated {
                    writer.fixed(cell.score, decimals: 6)
                    writer.integer(Int(cell.rank))
                } else {
                    writer.emptyField()
                    writer.emptyField()
                }
                writer.field(label(cell.evaluationClass))
                writer.endRecord()
            }
        }
    }

    private static func label(_ value: EvaluationClass) -> StaticString {
        switch value {
        case .a: "A"
        case .b: "B"
        case .c: "C"
        case .d: "D"
        case .t: "T"
        case .out: "out"
        }
    }
}
