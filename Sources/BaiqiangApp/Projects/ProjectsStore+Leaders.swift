import BaiqiangCore
import Fluent
import Foundation

extension ProjectsStore {
    /// The projects linked to the account `leader` (挂钩联系): by account, or (an old row not yet
    /// linked) by the account's display name. Scoped like every read.
    func linkedQuery(to leader: UUID, named name: String) -> QueryBuilder<Project> {
        projects()
            .group(.or) { either in
                either.filter(\.$linkedLeaderID == leader)
                    .group(.and) { $0.filter(\.$linkedLeaderID == nil).filter(\.$linkedLeader == name) }
            }
    }

    /// The live projects linked to `leader`, by codename.
    func linkedProjects(to leader: UUID, named name: String) async throws -> [Project] {
        try await linkedQuery(to: leader, named: name)
            .filter(\.$stage != ProjectStage.terminated.rawValue).sort(\.$codename).all()
    }

    /// One page of every project linked to `leader`, newest year first, with how many in all.
    func linkedProjects(to leader: UUID, named name: String, page: Int, pageSize: Int) async throws -> (projects: [Project], total: Int) {
        let total = try await linkedQuery(to: leader, named: name).count()
        let shown = try await linkedQuery(to: leader, named: name).sort(\.$year, .descending).sort(\.$codename)
            .range(((page - 1) * pageSize)..<(page * pageSize)).all()
        return (shown, total)
    }
}
