import BaiqiangCore
import Foundation
import SQLKit

/// The columns of `enterprise_year_figures`, derived from Core's `YearlyFigure`: the model
/// declares only the key and the scale, and every read and write of the figures goes through
/// these lists, so a figure added in Core (and its migration) is stored, read and served with no
/// edit here.
extension EnterpriseYearFigure {
    /// Every column an import or the demo writes, in the order of `bindings(of:county:)`.
    static let writtenColumns = ["county_code", "credit_code", "year"] + YearlyFigure.allCases.map(\.column) + ["above_scale"]

    /// What is upserted by.
    static let keyColumns = ["county_code", "credit_code", "year"]

    /// One row's values for `writtenColumns`, in `county`; a missing figure is bound as NULL.
    static func bindings(of figures: EnterpriseYearFigures, county: String) -> [any BulkBindable] {
        var values: [any BulkBindable] = [county, figures.creditCode, figures.year]
        values.reserveCapacity(writtenColumns.count)
        for figure in YearlyFigure.allCases {
            if figure.isInteger { values.append(figures.integer(figure)) } else { values.append(figures[figure]) }
        }
        values.append(figures.aboveScale)
        return values
    }

    /// The columns to select for `figures` (with the key and the scale), qualified by `table`
    /// when a query joins other tables.
    static func selectedColumns(_ figures: [YearlyFigure], table: String? = nil) -> [any SQLExpression] {
        (["credit_code", "year", "above_scale"] + figures.map(\.column)).map { column in
            table.map { SQLColumn(column, table: $0) as any SQLExpression } ?? SQLColumn(column)
        }
    }

    /// A row selected with `selectedColumns(figures)`. A figure not in `figures` was never read
    /// and stays missing, as does one that is NULL: never 0.
    static func decode(_ row: any SQLRow, figures: [YearlyFigure]) throws -> EnterpriseYearFigures {
        var result = EnterpriseYearFigures(
            creditCode: try row.decode(column: "credit_code", as: String.self), year: try row.decode(column: "year", as: Int.self),
            aboveScale: try row.decode(column: "above_scale", as: Bool.self))
        for figure in figures {
            result[figure] = figure.isInteger
                ? try row.decode(column: figure.column, as: Int?.self).map(Double.init)
                : try row.decode(column: figure.column, as: Double?.self)
        }
        return result
    }
}
