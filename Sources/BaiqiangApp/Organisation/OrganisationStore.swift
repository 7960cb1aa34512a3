import BaiqiangCore
import Fluent
import Foundation

/// One county's towns and departments in the database: read by code, created from the county's
/// profile. Accounts are bound to these units through it.
struct OrganisationStore {
    let db: any Database
    /// The county (division code) every read is narrowed to and every new unit belongs to.
    let county: String

    func townCodes() async throws -> Set<String> {
        Set(try await Town.query(on: db, county: county).all(\.$code))
    }

    func departmentCodes() async throws -> Set<String> {
        Set(try await Department.query(on: db, county: county).all(\.$code))
    }

    /// The county's departments, by code (for forms picking one by name).
    func departments() async throws -> [Department] {
        try await Department.query(on: db, county: county).sort(\.$code).all()
    }

    /// The county's towns, by code.
    func towns() async throws -> [Town] {
        try await Town.query(on: db, county: county).sort(\.$code).all()
    }

    func town(code: String) async throws -> Town? {
        try await Town.query(on: db, county: county).filter(\.$code == code).first()
    }

    func department(code: String) async throws -> Department? {
        try await Department.query(on: db, county: county).filter(\.$code == code).first()
    }

    func create(_ town: Town) async throws {
        town.countyCode = county
        try await town.create(on: db)
    }

    func create(_ department: Department) async throws {
        department.countyCode = county
        try await department.create(on: db)
    }
}
