import Fluent
import SQLKit

/// Administrative-division codes (行政区划代码) of counties the application knows by name.
public enum CountyCode {
    /// Heshan (鹤山市): the county every row belonged to before one installation could hold several.
    public static let heshan = "440784"
}

/// A model whose rows belong to one county (`county_code`). Every read of it starts from
/// `inCounty(of:)`, so an account never sees another county's rows, and every write sets the
/// column from the principal (through its `Writer`), never from what a user sent. A model made
/// in code starts as Heshan's, like the column's default: SQLite writes an unset field as NULL,
/// not as the default.
protocol CountyOwned: Model {
    var countyCode: String { get set }
}

/// The column every county-owned table keeps its county in.
let countyColumn: FieldKey = "county_code"

extension QueryBuilder where Model: CountyOwned {
    /// Narrows the query to one county's rows.
    func inCounty(_ code: String) -> Self {
        filter(countyColumn, .equal, code)
    }

    func inCounty(of principal: Principal) -> Self {
        inCounty(principal.countyCode)
    }
}

extension CountyOwned {
    /// A query of this model already narrowed to `county`: where every store's read starts.
    static func query(on db: any Database, county: String) -> QueryBuilder<Self> {
        query(on: db).inCounty(county)
    }
}

extension Principal {
    /// `alias.county_code = <the principal's county>`, for reads written in SQL.
    func countyCondition(_ alias: String) -> SQLQueryString {
        "\(ident: alias).\(ident: countyColumn.description) = \(bind: countyCode)"
    }
}
