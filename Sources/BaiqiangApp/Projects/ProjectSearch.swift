import BaiqiangCore
import Fluent
import Vapor

/// Projects by name or codename, through the projects store's filter: it searches a real name
/// only where the account may see it, and each hit is named as `ProjectNameVisibility` allows.
struct ProjectSearch: SiteSearchProvider {
    var kind: String { "projects" }
    var titleKey: String { "search.kind.projects" }

    func search(_ text: String, limit: Int, on request: Request) async throws -> SiteSearchGroup? {
        let principal = try request.requirePrincipal()
        let store = ProjectsStore(db: request.db, principal: principal)
        let found = try await store.projects(ProjectsStore.Filter(text: text)).sort(\.$codename).limit(limit + 1).all()
        return SiteSearchGroup(found, limit: limit, listURL: .searchList(SiteURL.projects.path, text)) { project in
            SiteSearchHit(title: project.shownName(to: principal), code: nil,
                          url: SiteURL.project(id: project.id?.uuidString ?? "").path, isDemo: project.isDemo)
        }
    }
}
