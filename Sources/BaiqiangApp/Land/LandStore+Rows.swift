import Fluent
import FluentSQL
import SQLKit

extension QueryBuilder where Model == Parcel {
    /// The query's parcels as rows, without a model per row (see `ParcelRow`). The query's
    /// filters, sorting and limit become one SELECT of `ParcelRow.Column`s, read by position
    /// through `BulkReader`: through Fluent's output, every column of every row went through a
    /// decoder, which was most of the time of evaluating 100,000 parcels.
    ///
    /// Without `shapes`, the geometry is not read and each record's is empty: for lists and
    /// totals that never draw, since parsing the shapes was a third of evaluating every parcel.
    func rows(shapes: Bool = true) async throws -> [ParcelRow] {
        let columns = ParcelRow.Column.selected(shapes: shapes).map(\.name)
        var query = self.query
        query.fields = columns.map { .path([FieldKey(stringLiteral: $0)], schema: Parcel.schema) }
        guard var select = SQLQueryConverter(delegate: ReadingDelegate()).convert(query) as? SQLSelect else {
            throw ParcelRow.Missing(column: "SELECT")
        }
        select.columns = columns.map { SQLColumn($0, table: Parcel.schema) }
        return try await BulkReader(database: database).fold("\(select)", into: [ParcelRow]()) { rows, cells in
            rows.append(try ParcelRow(cells, shape: shapes))
        }
    }
}

/// Converts read queries only: no schema is ever made through it, so there are no custom types.
private struct ReadingDelegate: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? { nil }
}
