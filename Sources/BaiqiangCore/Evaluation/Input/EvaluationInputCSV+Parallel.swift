import Foundation

extension EvaluationInputCSV {
    /// Parses the rows after the header, in two halves on two threads when the file is large.
    ///
    /// The split is a guess (the line start nearest the middle), checked afterwards: the first
    /// half's parse, which is exactly the sequential one, must end on the split. If a quoted
    /// field spanned it, the second half's work is dropped and the first simply carries on, so
    /// the outcome (rows, row numbers, the first error) is always that of reading front to back.
    static func parseBody(
        _ bytes: UnsafeRawBufferPointer, after header: CSVScanner, kinds: [ColumnKind], minimumBytesPerThread: Int
    ) throws(EvaluationInputError) -> EvaluationInputBuilder {
        let bodySize = bytes.count - header.offset
        var first = header
        guard bodySize >= 2 * minimumBytesPerThread, let split = header.lineStart(after: header.offset + bodySize / 2) else {
            var builder = EvaluationInputBuilder(reservingCapacity: estimatedRows(bodySize))
            try parseRows(&first, until: .max, kinds: kinds, into: &builder)
            return builder
        }

        let secondHalf = SecondHalf(bytes: bytes, split: split, kinds: kinds)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { secondHalf.parse() }

        var builder = EvaluationInputBuilder(reservingCapacity: estimatedRows(bodySize))
        do {
            try parseRows(&first, until: split, kinds: kinds, into: &builder)
        } catch {
            // The other thread reads `bytes`, which the caller may free once we return.
            done.wait()
            throw error
        }
        done.wait()
        guard first.offset == split, let outcome = secondHalf.outcome else {
            try parseRows(&first, until: .max, kinds: kinds, into: &builder)
            return builder
        }
        let rowOffset = first.nextRow - 1
        switch outcome {
        case .success(let second):
            builder.append(contentsOf: second, rowOffset: Int32(rowOffset))
            return builder
        case .failure(var error):
            error.row = error.row.map { $0 + rowOffset }
            throw error
        }
    }

    /// Rows are about 100–150 bytes; reserving from the size avoids regrowing a million-row column.
    private static func estimatedRows(_ bytes: Int) -> Int { bytes / 110 + 16 }

    /// The second half's parse, run on another thread. `@unchecked Sendable`: `outcome` is written
    /// once on that thread and read only after `DispatchGroup.wait()`, which orders the two, and
    /// the buffer outlives the work because the caller waits before returning.
    private final class SecondHalf: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let split: Int
        let kinds: [ColumnKind]
        var outcome: Result<EvaluationInputBuilder, EvaluationInputError>?

        init(bytes: UnsafeRawBufferPointer, split: Int, kinds: [ColumnKind]) {
            self.bytes = bytes
            self.split = split
            self.kinds = kinds
        }

        func parse() {
            // Rows are numbered from 1 here and shifted once the first half knows where it ended.
            var scanner = CSVScanner(bytes, startingAt: split, row: 1)
            var builder = EvaluationInputBuilder(reservingCapacity: estimatedRows(bytes.count - split))
            do {
                try parseRows(&scanner, until: .max, kinds: kinds, into: &builder)
                outcome = .success(builder)
            } catch {
                outcome = .failure(error)
            }
        }
    }
}
