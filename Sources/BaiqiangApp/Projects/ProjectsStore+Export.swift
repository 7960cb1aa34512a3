import BaiqiangCore
import Fluent
import Foundation

extension ProjectsStore {
    /// Every project matching `filter` that the account may see, by year then codename, for an export.
    func exportedProjects(_ filter: Filter) async throws -> [Project] {
        try await projects(filter).sort(\.$year).sort(\.$codename).all()
    }

    /// The sign-in names of the leader accounts `projects` are linked to, by account: what the
    /// export writes in the leader-account column.
    func leaderUsernames(of projects: [Project]) async throws -> [UUID: String] {
        var found: [UUID: String] = [:]
        for chunk in Array(Set(projects.compactMap(\.linkedLeaderID))).chunked(500) {
            for (id, user) in try await AccountStore(db: db).accounts(ids: Array(chunk), in: county) { found[id] = user.username }
        }
        return found
    }
}
