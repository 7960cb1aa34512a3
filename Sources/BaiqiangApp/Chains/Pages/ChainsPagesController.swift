import BaiqiangCore
import BaiqiangHTML
import Fluent
import Vapor

/// The chains, a chain's map with its gaps, the chain file's upload and edit, the hand-made
/// placement of a firm on a node and the button turning a gap into a project lead.
struct ChainsPagesController {
    /// A chain file, or the edit form carrying one, with room for the multipart envelope.
    static let bodyLimit: ByteCount = "320kb"

    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.chains.components, use: list)
        routes.upload(SiteURL.chainImport.components, maxSize: Self.bodyLimit, use: upload)
        routes.get(SiteURL.chainNew.components, use: newForm)
        routes.upload(SiteURL.chainNew.components, maxSize: Self.bodyLimit, use: create)
        routes.get(SiteURL.chain(code: .placeholder(.code)).components, use: show)
        routes.get(SiteURL.chainEdit(code: .placeholder(.code)).components, use: editForm)
        routes.upload(SiteURL.chainEdit(code: .placeholder(.code)).components, maxSize: Self.bodyLimit, use: edit)
        routes.post(SiteURL.chainFirms(code: .placeholder(.code)).components, use: place)
        routes.post(SiteURL.chainLeads(code: .placeholder(.code)).components, use: lead)
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        try await renderList(request, status: .ok, notice: nil, issues: [])
    }

    struct Upload: Content {
        var file: File
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        let upload = try request.content.decode(Upload.self)
        guard let text = String(data: Data(buffer: upload.file.data), encoding: .utf8) else {
            return try await renderList(request, status: .badRequest, notice: nil, issues: [request.t("chains.not_utf8")])
        }
        do {
            // A file with a chain's code already kept replaces that chain.
            let chain = try await ChainsStore(db: request.db, principal: principal)
                .save(definition: text, replacing: nil, writer: request.writer)
            return try await renderList(request, status: .ok, notice: request.t("chains.saved", ["name": request.t(chain.name)]), issues: [])
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderList(request, status: .badRequest, notice: nil, issues: ChainsPagesController.messages(error, request))
        }
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.editChains)
        return try await renderNew(request, form: ChainForm(code: "", nameZh: "", nameEn: ""), status: .ok, issues: [])
    }

    struct NewInput: Content {
        var code: String
        var nameZh: String
        var nameEn: String?
        var chief: String?
        var leadDepartment: String?
        var upstream: String?
        var midstream: String?
        var downstream: String?
        var edges: String?

        enum CodingKeys: String, CodingKey {
            case code, chief, upstream, midstream, downstream, edges
            case nameZh = "name_zh", nameEn = "name_en", leadDepartment = "lead_department"
        }

        var form: ChainForm {
            ChainForm(code: code, nameZh: nameZh, nameEn: nameEn ?? "", chief: chief, leadDepartmentCode: leadDepartment,
                      nodes: [.upstream: upstream ?? "", .midstream: midstream ?? "", .downstream: downstream ?? ""],
                      edges: edges ?? "")
        }
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        let form = try request.content.decode(NewInput.self).form
        do {
            let chain = try await ChainsStore(db: request.db, principal: principal).create(form: form, writer: request.writer)
            return request.redirect(to: SiteURL.chain(code: chain.code).path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderNew(request, form: form, status: .badRequest, issues: Self.messages(error, request))
        }
    }

    func renderNew(_ request: Request, form: ChainForm, status: HTTPStatus, issues: [String]) async throws -> Response {
        let principal = try request.requirePrincipal()
        let departments = try await OrganisationStore(db: request.db, county: principal.countyCode).departments()
            .map { ChainNewPage.DepartmentOption(code: $0.code, name: BilingualText(zh: $0.nameZh, en: $0.nameEn)) }
        let model = ChainNewPage.Model(form: form, departments: departments, issues: issues)
        return try await HTMLPage(status: status, html: ChainNewPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, status: .ok, notice: nil, issues: [])
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        guard let row = try await ChainsStore(db: request.db, principal: principal).row(code: try request.parameters.require(.code)) else {
            throw Abort(.notFound)
        }
        let model = ChainEditPage.Model(code: row.code, name: BilingualText(zh: row.nameZh, en: row.nameEn), definition: row.definition)
        return try await HTMLPage(status: .ok, html: ChainEditPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    struct EditInput: Content {
        var definition: String
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        let code = try request.parameters.require(.code)
        let store = ChainsStore(db: request.db, principal: principal)
        guard let row = try await store.row(code: code) else { throw Abort(.notFound) }
        let input = try request.content.decode(EditInput.self)
        do {
            try await store.save(definition: input.definition, replacing: code, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            let model = ChainEditPage.Model(code: code, name: BilingualText(zh: row.nameZh, en: row.nameEn), definition: input.definition,
                                            issues: Self.messages(error, request))
            return try await HTMLPage(status: .badRequest, html: ChainEditPage.view(model, request.pageContext)).encodeResponse(for: request)
        }
        return request.redirect(to: SiteURL.chain(code: code).path)
    }

    struct PlaceInput: Content {
        var node: String
        var creditCode: String
        var action: String

        enum CodingKeys: String, CodingKey {
            case node, action
            case creditCode = "credit_code"
        }
    }

    @Sendable func place(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.editChains)
        let code = try request.parameters.require(.code)
        let input = try request.content.decode(PlaceInput.self)
        do {
            guard let kind = ChainNodeOverride.Kind(rawValue: input.action) else {
                throw FieldInputError([.notAllowed("action")])
            }
            try await ChainsStore(db: request.db, principal: principal)
                .place(firm: input.creditCode.trimmingCharacters(in: .whitespaces), on: input.node, of: code, kind: kind, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, notice: nil, issues: Self.messages(error, request))
        }
        return request.redirect(to: SiteURL.chain(code: code).path)
    }

    struct LeadInput: Content {
        var node: String
        var kind: String
    }

    @Sendable func lead(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.enterProjects)
        let code = try request.parameters.require(.code)
        let input = try request.content.decode(LeadInput.self)
        do {
            guard let kind = ChainGapKind(rawValue: input.kind) else {
                throw FieldInputError([.notAllowed("kind")])
            }
            let id = try await ChainsStore(db: request.db, principal: principal).lead(from: kind, node: input.node, of: code, writer: request.writer)
            return request.redirect(to: SiteURL.project(id: id.uuidString).path)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, notice: nil, issues: Self.messages(error, request))
        }
    }

    /// Each refused field or row as one line, else the error's message.
    static func messages(_ error: any BilingualError, _ request: Request) -> [String] {
        if let located = error as? any LocatedIssues, !located.locatedIssues.isEmpty {
            return located.locatedIssues.map { issue in
                let line = issue.row.map { " " + request.t("chains.line", ["line": String($0)]) } ?? ""
                return (issue.column.map { "\($0)\(line): " } ?? "") + request.t(issue.reason)
            }
        }
        return [request.t(error.message)]
    }

    func renderList(_ request: Request, status: HTTPStatus, notice: String?, issues: [String]) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = ChainsStore(db: request.db, principal: principal)
        var rows: [ChainListPage.Row] = []
        var anyDemo = false
        for row in try await store.rows().sort(\.$code).all() {
            let map = try await store.map(of: row)
            anyDemo = anyDemo || map.anyDemo
            rows.append(ChainListPage.Row(code: row.code, name: map.chain.name, chief: row.chief, leadDepartment: row.leadDepartmentCode,
                                          nodes: row.nodeCount, firms: map.firmCount, projects: map.projectCount, gaps: map.gapCount,
                                          thin: map.analysis.strengthen.count))
        }
        let model = ChainListPage.Model(rows: rows, mayImport: principal.permissions.allows(.editChains), anyDemo: anyDemo,
                                        notice: notice, issues: issues)
        return try await HTMLPage(status: status, html: ChainListPage.view(model, request.pageContext)).encodeResponse(for: request)
    }

    func render(_ request: Request, status: HTTPStatus, notice: String?, issues: [String]) async throws -> Response {
        let principal = try request.requirePrincipal()
        let store = ChainsStore(db: request.db, principal: principal)
        guard let row = try await store.row(code: try request.parameters.require(.code)) else { throw Abort(.notFound) }
        let map = try await store.map(of: row)
        let towns = try await OrganisationStore(db: request.db, county: principal.countyCode).towns()
        let english = request.pageContext.language == .en
        let model = ChainDetailPage.Model(
            map: map, townNames: Dictionary(uniqueKeysWithValues: towns.map { ($0.code, english ? $0.nameEn : $0.nameZh) }),
            mayEdit: principal.permissions.allows(.editChains), mayLead: principal.permissions.allows(.enterProjects),
            isPartial: principal.role == .town || principal.role == .enterprise, notice: notice, issues: issues)
        return try await HTMLPage(status: status, html: ChainDetailPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
