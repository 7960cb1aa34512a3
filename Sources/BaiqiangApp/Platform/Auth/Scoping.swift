import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// A model whose rows belong to a town and an enterprise, so a query of it can be narrowed to
/// what an account may see.
protocol Scoped: CountyOwned {
    /// The column holding the town's id.
    static var townColumn: FieldKey { get }
    /// The column holding the enterprise's id.
    static var enterpriseColumn: FieldKey { get }
}

/// An id no row has: what a query is narrowed to when the account may see nothing.
let noRow = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

extension QueryBuilder where Model: Scoped {
    /// The one scoping function: every query of scoped data passes through here.
    /// Leaders, departments and admins see their county; a town its own rows; an enterprise its own.
    func scoped(to principal: Principal) -> Self {
        _ = inCounty(of: principal)
        switch principal.scope {
        case .county:
            return self
        case .town:
            guard let townID = principal.townID else { return filter(.id, .equal, noRow) }
            return filter(Model.townColumn, .equal, townID)
        case .enterprise:
            guard let enterpriseID = principal.enterpriseID else { return filter(.id, .equal, noRow) }
            return filter(Model.enterpriseColumn, .equal, enterpriseID)
        case .nothing:
            return filter(.id, .equal, noRow)
        }
    }
}

extension Enterprise: Scoped {
    static var townColumn: FieldKey { "town_id" }
    static var enterpriseColumn: FieldKey { .id }
}

/// A model that records its town and enterprise by code (town code, credit code) rather than by
/// id — results copied out of a run, for instance — narrowed by the same `AccessScope`.
protocol ScopedByCode: CountyOwned {
    static var townCodeColumn: FieldKey { get }
    static var creditCodeColumn: FieldKey { get }
}

extension ScopedByCode {
    /// What `principal` may see of this model's rows, as an SQL condition: always its county,
    /// and within it the town's or the firm's rows. Both the query builder below and aggregate
    /// queries written in SQL use it.
    static func scopeCondition(for principal: Principal) -> SQLQueryString {
        let county = principal.countyCondition(schema)
        switch principal.scope {
        case .county: return county
        case .town(let code): return county + " AND \(ident: schema).\(ident: townCodeColumn.description) = \(bind: code)"
        case .enterprise(let code): return county + " AND \(ident: schema).\(ident: creditCodeColumn.description) = \(bind: code)"
        case .nothing: return "1 = 0"
        }
    }
}

extension QueryBuilder where Model: ScopedByCode {
    func scoped(to principal: Principal) -> Self {
        filter(.custom(Model.scopeCondition(for: principal)))
    }
}
