import BaiqiangCore
import Fluent

/// The county's towns and departments in the database: read by code, created from the county's
/// profile. Accounts are bound to these units through it.
struct OrganisationStore {
    let db: any Database

    func townCodes() async throws -> Set<String> {
        Set(try await Town.query(on: db).all(\.$code))
    }

    func departmentCodes() async throws -> Set<String> {
        Set(try await Department.query(on: db).all(\.$code))
    }

    func town(code: String) async throws -> Town? {
        try await Town.query(on: db).filter(\.$code == code).first()
    }

    func department(code: String) async throws -> Department? {
        try await Department.query(on: db).filter(\.$code == code).first()
    }

    func create(_ town: Town) async throws {
        try await town.create(on: db)
    }

    func create(_ department: Department) async throws {
        try await department.create(on: db)
    }
}
