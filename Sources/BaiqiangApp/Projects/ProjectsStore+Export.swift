import BaiqiangCore
import Fluent

extension ProjectsStore {
    /// Every project matching `filter` that the account may see, by year then codename, for an export.
    func exportedProjects(_ filter: Filter) async throws -> [Project] {
        try await projects(filter).sort(\.$year).sort(\.$codename).all()
    }
}
