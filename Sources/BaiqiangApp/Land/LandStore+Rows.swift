import Fluent
import NIOConcurrencyHelpers

extension QueryBuilder where Model == Parcel {
    /// The query's parcels as rows, without a model per row (see `ParcelRow`).
    func rows() async throws -> [ParcelRow] {
        let rows = NIOLockedValueBox<[Result<ParcelRow, any Error>]>([])
        try await run { output in
            let row = Result { try ParcelRow(output) }
            rows.withLockedValue { $0.append(row) }
        }
        return try rows.withLockedValue { $0 }.map { try $0.get() }
    }
}
