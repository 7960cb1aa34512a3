import Fluent
import SQLKit

/// The county's industrial chains, one per code, and the firms put on or taken off their nodes
/// by hand.
struct CreateChains: AsyncMigration {
    var name: String { "062_create_chains" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ChainRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("chief", .string)
            .field("lead_department_code", .string)
            .field("source", .string)
            .field("node_count", .int, .required)
            .field("definition", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "county_code", "code")
            .create()
        try await database.schema(ChainFirmOverrideRow.schema)
            .id()
            .field("county_code", .string, .required)
            .field("chain_code", .string, .required)
            .field("node_code", .string, .required)
            .field("credit_code", .string, .required)
            .field("kind", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "county_code", "chain_code", "node_code", "credit_code")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "projects_chain").on(Project.schema).column("county_code").column("chain_code").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "projects_chain").run() }
        try await database.schema(ChainFirmOverrideRow.schema).delete()
        try await database.schema(ChainRow.schema).delete()
    }
}
