import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// The projects' part of a leader's home page: the stalled projects (the stalled lists, each
/// project once, longest stalled first) and the projects linked to this leader (挂钩联系).
struct ProjectsHomeBlocks: HomeBlockProvider {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        guard principal.role == .leader else { return [] }
        let store = ProjectsStore(db: request.db, principal: principal)
        let stalled = try await store.stalled(today: PlanDate(shanghai: request.appEnvironment.now))
        var seen: Set<String> = []
        let entries = stalled.lists.flatMap(\.entries).sorted { $0.daysStalled > $1.daysStalled }
            .filter { seen.insert($0.projectID).inserted }
        let items = entries.compactMap { entry -> HomeItem? in
            guard let id = UUID(uuidString: entry.projectID), let project = stalled.projects[id] else { return nil }
            let days = String(entry.daysStalled)
            return HomeItem(text: .plain(project.shownName(to: principal)), href: SiteURL.project(id: id.uuidString).path,
                            detail: .bilingual(BilingualText(zh: "\(entry.list.label.zh) · \(days) 天", en: "\(entry.list.label.en) · \(days) days")),
                            isDemo: project.isDemo)
        }
        let linked = try await store.linkedProjects(to: principal.userID, named: principal.displayName)
        let linkedItems = linked.compactMap { project -> HomeItem? in
            guard let id = project.id else { return nil }
            return HomeItem(text: .plain(project.shownName(to: principal)), href: SiteURL.project(id: id.uuidString).path,
                            detail: .bilingual(project.currentStage.label), isDemo: project.isDemo)
        }
        return [
            .first(items, title: "home.projects.stalled", empty: "home.projects.stalled_none", more: SiteURL.projectsStalled.path),
            .first(linkedItems, title: "home.projects.linked", empty: "home.projects.linked_none"),
        ]
    }
}
