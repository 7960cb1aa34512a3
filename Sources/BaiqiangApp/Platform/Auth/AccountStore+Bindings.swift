import Fluent
import Foundation

extension AccountStore {
    /// What an account is bound to, as the codes its scope is expressed in.
    struct Binding: Sendable {
        var department: Department?
        var townCode: String?
        var creditCode: String?
    }

    /// The department, town and firm `user` is bound to (`Principal.load` builds its scope from them).
    func binding(of user: User) async throws -> Binding {
        Binding(department: try await user.$department.boundParent(on: db),
                townCode: try await user.$town.boundParent(on: db)?.code,
                creditCode: try await user.$enterprise.boundParent(on: db)?.creditCode)
    }
}

extension OptionalParentProperty {
    /// The parent, or nil without a query when none is set: Fluent's `get` asks the database for
    /// `id IS NULL` even then, three wasted queries per request for an account bound to nothing.
    fileprivate func boundParent(on db: any Database) async throws -> To? {
        id == nil ? nil : try await get(on: db)
    }
}
