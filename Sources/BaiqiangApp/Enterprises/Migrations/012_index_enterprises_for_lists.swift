import Fluent
import SQLKit
import Vapor

/// Indexes the registry list reads pages through: a town's (or a ladder stage's) firms in
/// credit-code order, so a filtered page stops after its fifty rows instead of sorting them all.
struct IndexEnterprisesForLists: AsyncMigration {
    var name: String { "012_index_enterprises_for_lists" }

    /// Each single-column index and the (column, credit code) index that replaces it.
    static let replaced = [("enterprises_town_id", "town_id"), ("enterprises_ladder_stage", "ladder_stage")]

    func prepare(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (index, column) in Self.replaced {
            try await sql.drop(index: index).run()
            try await sql.create(index: "enterprises_\(column)_credit_code").on(Enterprise.schema).column(column).column("credit_code").run()
        }
    }

    func revert(on database: Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (index, column) in Self.replaced {
            try await sql.drop(index: "enterprises_\(column)_credit_code").run()
            try await sql.create(index: index).on(Enterprise.schema).column(column).run()
        }
    }
}
