import BaiqiangCore
import BaiqiangHTML
import Vapor

/// `/search` (the header's box) and `/api/v1/search`: every kind of record the account may see
/// that matches, grouped by kind. Any signed-in account may search; each capability's store
/// decides what it finds.
struct SiteSearchController {
    func register(web: any RoutesBuilder, api: any RoutesBuilder) {
        web.get(SiteURL.search.components, use: page)
        api.get(SiteURL.API.search.components, use: json)
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let raw = try? request.query.get(String.self, at: "q")
        do {
            let result = try await SiteSearchService.search(raw, on: request)
            let model = SearchPage.Model(query: result.text, found: result.found, error: nil)
            return try await SearchPage.view(model, request.pageContext).encodeResponse(for: request)
        } catch let error as SiteSearchService.QueryError {
            let model = SearchPage.Model(query: nil, found: [], error: request.t(error.message))
            return try await HTMLPage(status: .badRequest, html: SearchPage.view(model, request.pageContext)).encodeResponse(for: request)
        }
    }

    struct GroupView: Content {
        var kind: String
        var title: BilingualText
        var items: [SiteSearchHit]
        var more: Bool
        var listURL: String

        enum CodingKeys: String, CodingKey {
            case kind, title, items, more, listURL = "list_url"
        }
    }

    struct ResultView: Content {
        var query: String
        var groups: [GroupView]
    }

    @Sendable func json(_ request: Request) async throws -> ResultView {
        let result = try await SiteSearchService.search(try? request.query.get(String.self, at: "q"), on: request)
        return ResultView(query: result.text ?? "", groups: result.found.map { found in
            GroupView(kind: found.kind,
                      title: BilingualText(zh: Catalog.shared.text(found.titleKey, .zhHans, [:]), en: Catalog.shared.text(found.titleKey, .en, [:])),
                      items: found.group.hits, more: found.group.more, listURL: found.group.listURL)
        })
    }
}
