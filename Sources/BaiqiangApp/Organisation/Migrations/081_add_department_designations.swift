import BaiqiangCore
import Fluent
import SQLKit

/// The parts a department plays besides the demand centre (land bureau, discipline office), as
/// data from the county profile instead of department codes in the code. Before this the land
/// bureau was whichever department had the code `zrzyj`, in every county; those departments stay
/// the land bureau.
struct AddDepartmentDesignations: AsyncMigration {
    var name: String { "081_add_department_designations" }

    func prepare(on database: any Database) async throws {
        // Raw SQL throughout, as 043 adds its column: the model describes the table as the
        // newest migration leaves it, which a migration in the middle of the list must not
        // depend on.
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE departments ADD COLUMN designations TEXT NOT NULL DEFAULT ''").run()
        try await sql.raw("""
            UPDATE departments SET designations = \(bind: UnitDesignation.landBureau.rawValue) WHERE code = \(bind: "zrzyj")
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Department.schema).deleteField("designations").update()
    }
}
