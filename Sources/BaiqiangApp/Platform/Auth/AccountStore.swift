import BaiqiangCore
import Fluent
import Foundation

/// Accounts in the database, with their sessions, API tokens and failed-login counts (in the
/// `AccountStore+…` files): every read and write of those tables. Sign-in, the authenticators,
/// token handling and account administration ask it, on the database or inside the audited
/// transaction they were handed.
struct AccountStore {
    let db: any Database

    func user(named username: String) async throws -> User? {
        try await User.query(on: db).filter(\.$username == username).first()
    }

    /// `county`'s account named `username`: administrators change only their own county's.
    func user(named username: String, in county: String) async throws -> User? {
        try await User.query(on: db, county: county).filter(\.$username == username).first()
    }

    func user(id: UUID) async throws -> User? {
        try await User.find(id, on: db)
    }

    func usernameIsTaken(_ username: String) async throws -> Bool {
        try await User.query(on: db).filter(\.$username == username).count() > 0
    }

    /// Every account of `county` with what it is bound to, by username.
    func users(of county: String) async throws -> [User] {
        try await User.query(on: db, county: county).with(\.$department).with(\.$town).with(\.$enterprise).sort(\.$username).all()
    }

    /// Whether `county` has separated its administrators' duties (`DutySeparation`): it has an
    /// active account of each separate role.
    func dutiesSeparated(in county: String) async throws -> Bool {
        let roles = try await User.query(on: db, county: county).filter(\.$isActive == true)
            .filter(\.$role ~~ DutySeparation.separateRoles).unique().all(\.$role)
        return DutySeparation.inForce(activeRoles: roles)
    }

    /// Every enabled account of the installation: the inactive-account sweep judges them all.
    func activeUsersOfAllCounties() async throws -> [User] {
        try await User.query(on: db).filter(\.$isActive == true).all()
    }

    func create(_ user: User) async throws {
        try await user.create(on: db)
    }

    func update(_ user: User) async throws {
        try await user.update(on: db)
    }

    /// The id of `county`'s unit of `kind` with `code` (a department or town code, a credit code).
    func unitID(_ kind: BindingKind, code: String, in county: String) async throws -> UUID? {
        switch kind {
        case .department: try await OrganisationStore(db: db, county: county).department(code: code)?.id
        case .town: try await OrganisationStore(db: db, county: county).town(code: code)?.id
        case .enterprise:
            try await EnterpriseStore(db: db, principal: .countyWide(of: county)).find(creditCode: code.uppercased())?.id
        }
    }
}
