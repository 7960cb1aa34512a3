import Fluent
import Foundation
import SQLKit

/// Gives every county-owned table a `county_code` (the county's administrative-division code),
/// so one installation can hold several counties and a sharded deployment can split on it.
/// Rows already there are Heshan's. Natural keys become unique per county; usernames stay unique
/// across the installation because sign-in does not name a county.
struct AddCountyCode: AsyncMigration {
    var name: String { "043_add_county_code" }

    /// A county-owned table: the unique key that becomes per-county, and the index lists read by.
    struct Table: Sendable {
        var name: String
        var uniqueKey: [String]? = nil
        var listIndex: [String]? = nil

        /// The per-county key's constraint name, short enough for PostgreSQL's 63 bytes.
        var countyConstraint: String { "\(name)_county_key" }
        var listIndexName: String { "\(name)_county" }
    }

    static let tables: [Table] = [
        Table(name: "towns", uniqueKey: ["code"]),
        Table(name: "departments", uniqueKey: ["code"]),
        Table(name: "enterprises", uniqueKey: ["credit_code"]),
        Table(name: "enterprise_year_figures", uniqueKey: ["credit_code", "year"]),
        Table(name: "enterprise_month_figures", uniqueKey: ["credit_code", "year", "month"]),
        Table(name: "enterprise_designations", uniqueKey: ["credit_code", "kind"]),
        Table(name: "import_reports", listIndex: ["created_at"]),
        Table(name: "plans", uniqueKey: ["code"]),
        Table(name: "evaluation_runs", uniqueKey: ["year", "version"]),
        Table(name: "evaluation_results"),
        Table(name: "demands", uniqueKey: ["tracking_number"], listIndex: ["submitted_at"]),
        Table(name: "demand_events"),
        Table(name: "demand_attachments"),
        Table(name: "demand_routing_rules", uniqueKey: ["category_code", "town_code"]),
        Table(name: "open311_keys"),
        Table(name: "users", listIndex: ["username"]),
    ]

    /// Heshan (鹤山市), whose rows every database held before counties were told apart.
    static let heshan = "440784"

    func prepare(on database: Database) async throws {
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            let sqlite = sql.dialect.name == "sqlite"
            if sqlite {
                // Rebuilding a table drops it while other tables still point at its rows; deferred,
                // those references are checked at commit, after the rows are back under the same ids.
                try await sql.raw("PRAGMA defer_foreign_keys = ON").run()
            }
            for table in Self.tables {
                try await sql.raw("""
                    ALTER TABLE \(ident: table.name) ADD COLUMN county_code TEXT NOT NULL DEFAULT \(literal: Self.heshan)
                    """).run()
                if let key = table.uniqueKey {
                    if sqlite {
                        try await SQLiteRebuild.replaceUnique(in: table.name, from: key, to: ["county_code"] + key,
                                                              named: table.countyConstraint, on: sql)
                    } else {
                        try await PostgresUnique.replace(in: table.name, from: key, to: ["county_code"] + key,
                                                         named: table.countyConstraint, on: sql)
                    }
                }
                if let columns = table.listIndex {
                    var index = sql.create(index: table.listIndexName).on(table.name).column("county_code")
                    for column in columns { index = index.column(column) }
                    try await index.run()
                }
            }
        }
    }

    func revert(on database: Database) async throws {
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { return }
            let sqlite = sql.dialect.name == "sqlite"
            if sqlite { try await sql.raw("PRAGMA defer_foreign_keys = ON").run() }
            for table in Self.tables.reversed() {
                if table.listIndex != nil {
                    try await sql.drop(index: table.listIndexName).run()
                }
                if let key = table.uniqueKey {
                    if sqlite {
                        try await SQLiteRebuild.replaceUnique(in: table.name, from: ["county_code"] + key, to: key,
                                                              named: "\(table.name)_key", on: sql)
                    } else {
                        try await PostgresUnique.replace(in: table.name, from: ["county_code"] + key, to: key,
                                                         named: "\(table.name)_key", on: sql)
                    }
                }
                try await sql.raw("ALTER TABLE \(ident: table.name) DROP COLUMN county_code").run()
            }
        }
    }
}

/// A schema change the migration could not make as it expected: names the table and what was missing.
struct CountyMigrationError: Error, CustomStringConvertible {
    var description: String
}

/// SQLite cannot change a table's inline UNIQUE constraint, so the table is rebuilt: its rows are
/// copied aside, the table is dropped and created again from its own definition with the new
/// constraint, the rows come back with their ids, and its indexes are recreated. Run inside a
/// transaction with foreign keys deferred.
enum SQLiteRebuild {
    static func replaceUnique(in table: String, from old: [String], to new: [String], named name: String,
                              on sql: any SQLDatabase) async throws {
        guard let create = try await sql.raw("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)")
            .first(decodingColumn: "sql", as: String.self)
        else { throw CountyMigrationError(description: "table \(table) not found") }
        let indexes = try await sql.raw("""
            SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: table) AND sql IS NOT NULL
            """).all(decodingColumn: "sql", as: String.self)
        let rebuilt = try definition(create, replacing: old, with: new, named: name)
        let copy = "\(table)_rebuild"
        try await sql.raw("CREATE TABLE \(ident: copy) AS SELECT * FROM \(ident: table)").run()
        try await sql.raw("DROP TABLE \(ident: table)").run()
        try await sql.raw("\(unsafeRaw: rebuilt)").run()
        try await sql.raw("INSERT INTO \(ident: table) SELECT * FROM \(ident: copy)").run()
        try await sql.raw("DROP TABLE \(ident: copy)").run()
        for index in indexes {
            try await sql.raw("\(unsafeRaw: index)").run()
        }
    }

    /// `create` with its `[CONSTRAINT "…"] UNIQUE (old)` clause replaced by `CONSTRAINT "name" UNIQUE (new)`.
    static func definition(_ create: String, replacing old: [String], with new: [String], named name: String) throws -> String {
        let quoted = { (columns: [String]) in columns.map { "\"\($0)\"" }.joined(separator: ", ") }
        guard let unique = create.range(of: "UNIQUE (\(quoted(old)))") else {
            throw CountyMigrationError(description: "no UNIQUE (\(old.joined(separator: ", "))) in: \(create)")
        }
        var start = unique.lowerBound
        if let constraint = create.range(of: "CONSTRAINT \"", options: .backwards, range: create.startIndex..<unique.lowerBound),
           !create[constraint.upperBound..<unique.lowerBound].contains(",") {
            start = constraint.lowerBound
        }
        return create.replacingCharacters(in: start..<unique.upperBound,
                                          with: "CONSTRAINT \"\(name)\" UNIQUE (\(quoted(new)))")
    }
}

/// PostgreSQL changes a unique constraint in place; the old one is found by its columns, since
/// its name is whatever the schema builder of the day chose.
enum PostgresUnique {
    static func replace(in table: String, from old: [String], to new: [String], named name: String,
                        on sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("""
            SELECT c.conname AS name,
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                      FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
              FROM pg_constraint c
             WHERE c.conrelid = to_regclass(\(bind: table)) AND c.contype = 'u'
            """).all()
        let wanted = old.joined(separator: ",")
        guard let existing = try rows.first(where: { try $0.decode(column: "columns", as: String.self) == wanted })
        else { throw CountyMigrationError(description: "no unique constraint on \(table) (\(wanted))") }
        let existingName = try existing.decode(column: "name", as: String.self)
        try await sql.raw("ALTER TABLE \(ident: table) DROP CONSTRAINT \(ident: existingName)").run()
        try await sql.raw("""
            ALTER TABLE \(ident: table) ADD CONSTRAINT \(ident: name) UNIQUE (\(idents: new, joinedBy: ", "))
            """).run()
    }
}
