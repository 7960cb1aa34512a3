import BaiqiangCore
import Fluent
import Foundation

/// The failed-login counts `LoginThrottle` decides on, kept in the database so that several
/// server processes sharing one PostgreSQL throttle together.
extension AccountStore {
    func failureCount(_ kind: LoginFailureCount.Kind, _ key: String) async throws -> LoginFailureCount? {
        try await LoginFailureCount.query(on: db).filter(\.$kind == kind).filter(\.$key == key).first()
    }

    /// Stores `count` under (`kind`, `key`), in `existing` when there is one.
    @discardableResult
    func saveFailureCount(_ count: LoginThrottle.Count, _ kind: LoginFailureCount.Kind, _ key: String, account: String? = nil,
                          existing: LoginFailureCount?) async throws -> LoginFailureCount {
        let row = existing ?? LoginFailureCount(kind: kind, key: key)
        if let account { row.account = account }
        row.set(count)
        try await row.save(on: db)
        return row
    }

    func update(_ count: LoginFailureCount) async throws {
        try await count.update(on: db)
    }

    func delete(_ count: LoginFailureCount) async throws {
        try await count.delete(on: db)
    }

    /// Forgets the counts of `username` from every address (an administrator's "unlock").
    func clearFailureCounts(account username: String) async throws {
        try await LoginFailureCount.query(on: db).filter(\.$kind == .pair).filter(\.$account == username).delete()
    }

    /// Accounts with failures enough from some address to be delayed there (see `LoginThrottle`).
    func throttledAccounts() async throws -> Set<String> {
        let rows = try await LoginFailureCount.query(on: db).filter(\.$kind == .pair)
            .filter(\.$failures >= LoginThrottle().freeFailures).all()
        return Set(rows.compactMap(\.account))
    }

    /// Forgets counts untouched since `date`: nothing in `LoginThrottle` looks back further.
    func pruneFailureCounts(olderThan date: Date) async throws {
        try await LoginFailureCount.query(on: db).filter(\.$last < date).delete()
    }
}
