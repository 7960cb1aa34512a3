import BaiqiangCore
import Fluent
import Foundation

extension AccountStore {
    /// `county`'s active leader accounts (领导), by display name: what a form offers to link.
    func leaders(of county: String) async throws -> [User] {
        try await User.query(on: db, county: county).filter(\.$role == .leader).filter(\.$isActive == true)
            .sort(\.$displayName).sort(\.$username).all()
    }

    /// The leader account of `county` named `username`; anything else — another county's, a
    /// non-leader's, a disabled or unknown account — is refused as `UnknownLeader`.
    func leader(username: String, in county: String) async throws -> User {
        guard let user = try await User.query(on: db, county: county).filter(\.$username == username)
            .filter(\.$role == .leader).filter(\.$isActive == true).first() else {
            throw UnknownLeader(username: username)
        }
        return user
    }

    /// `county`'s active leader accounts among `usernames`.
    func leaders(named usernames: [String], in county: String) async throws -> [User] {
        guard !usernames.isEmpty else { return [] }
        return try await User.query(on: db, county: county).filter(\.$username ~~ usernames)
            .filter(\.$role == .leader).filter(\.$isActive == true).all()
    }

    /// `county`'s accounts among `ids`, by id: the names shown for linked leaders.
    func accounts(ids: [UUID], in county: String) async throws -> [UUID: User] {
        guard !ids.isEmpty else { return [:] }
        var found: [UUID: User] = [:]
        for user in try await User.query(on: db, county: county).filter(\.$id ~~ Array(Set(ids))).all() {
            if let id = user.id { found[id] = user }
        }
        return found
    }

    /// Resolves a choice made on a form or in a file to the account and name to store, given
    /// what is stored now.
    func resolve(_ choice: LeaderChoice, in county: String, current: (id: UUID?, name: String?)) async throws -> (id: UUID?, name: String?) {
        switch choice {
        case .keep: return current
        case .none: return (nil, nil)
        case .account(let username):
            let user = try await leader(username: username, in: county)
            return (user.id, user.displayName)
        }
    }
}
