import BaiqiangCore
import Fluent
import Foundation

extension ProjectsStore {
    /// The stalled lists (Core's `StalledList`) of the projects the account may see, as of
    /// `today`, each longest stalled first, with the projects they name: the stalled page and a
    /// leader's home page read the same.
    func stalled(today: PlanDate) async throws -> (lists: [(list: StalledList, entries: [StalledProject])], projects: [UUID: Project]) {
        let projects = try await self.projects().filter(\.$stage != ProjectStage.terminated.rawValue).all()
        let ids = projects.compactMap(\.id)
        let histories = try await histories(of: ids)
        let milestones = try await milestones(of: ids, histories: histories)
        let completed = try await completedSinceStart(of: ids)
        let inputs = projects.compactMap { project -> StalledListInput? in
            guard let id = project.id, let history = histories[id] else { return nil }
            return StalledListInput(projectID: id.uuidString, history: history, milestones: milestones[id] ?? [],
                                    completedInvestmentYi: completed[id] ?? 0, linkedLeader: project.linkedLeader)
        }
        let byID = Dictionary(uniqueKeysWithValues: projects.compactMap { project in project.id.map { ($0, project) } })
        return (StalledList.allCases.map { ($0, StalledList.list($0, of: inputs, today: today)) }, byID)
    }
}
