import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// The demand pages of every role: the list (an enterprise's own demands, a department's queue,
/// the centre's whole queue, the overdue list), submitting with the duplicate warning, one
/// demand with its steps, deadlines and the actions the account may take, and CSV export.
struct DemandPagesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demands.components, use: list)
        routes.get(SiteURL.demandNew.components, use: newForm)
        routes.on(.POST, SiteURL.demandNew.components, body: .collect(maxSize: "8mb"), use: submit)
        routes.get(SiteURL.demandExport(format: "csv").components) { try await export($0, .csv) }
        routes.get(SiteURL.demandExport(format: "xlsx").components) { try await export($0, .xlsx) }
        routes.get(SiteURL.demand(number: .placeholder(.number)).components, use: show)
        routes.post(SiteURL.demandTransitions(number: .placeholder(.number)).components, use: transition)
        routes.get(SiteURL.demandAttachment(number: .placeholder(.number), id: .placeholder(.id)).components, use: attachment)
    }

    struct Context {
        var request: Request
        var principal: Principal
        var actor: DemandActor
        var service: DemandStore

        init(_ request: Request) async throws {
            self.request = request
            principal = try request.requirePrincipal()
            service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
            actor = try await service.actor(for: principal)
        }

        func text(_ bilingual: BilingualText) -> String { request.t(bilingual) }

        func categoryName(_ code: String) -> String {
            request.appEnvironment.reference.demandCategories.category(code).map { text($0.name) } ?? code
        }

        var permissions: Permissions { Permissions(actor) }
    }

    // MARK: list

    @Sendable func list(_ request: Request) async throws -> Response {
        let context = try await Context(request)
        let filter: DemandStore.Filter
        do {
            filter = try DemandStore.Filter(request)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderList(context, filter: .init(), error: request.t(error.message), status: .badRequest)
        }
        return try await renderList(context, filter: filter, error: nil, status: .ok)
    }

    func renderList(_ context: Context, filter: DemandStore.Filter, error: String?, status: HTTPStatus) async throws -> Response {
        let request = context.request
        let page = try await context.service.list(filter, page: try PageRequest(request), principal: context.principal, actor: context.actor)
        let now = request.appEnvironment.nowToTheSecond
        let query = Self.query(filter.queryItems)
        let heading: String = switch context.principal.role {
        case .enterprise: request.t("demands.mine")
        case .department where !context.actor.isDemandCentre: request.t("demands.department_queue")
        case .town: request.t("demands.town_queue")
        default: request.t("demands.queue")
        }
        let html = Layout.page(request, title: request.t("nav.demands"), active: .demands,
            .div(.class("page-head"),
                 .h1(.text(heading)),
                 .nav(.class("page-actions"),
                      .if(context.permissions.allows(.submitDemand), .a(.class("button"), .href(SiteURL.demandNew.path), .text(request.t("demands.new")))),
                      .a(.class("button"), .href(SiteURL.demands.path + "?overdue=1"), .text(request.t("demands.overdue_list"))),
                      .if(context.permissions.allows(.seeDemandRates), .a(.class("button"), .href(SiteURL.demandRates.path), .text(request.t("demands.rates")))),
                      .if(context.permissions.allows(.routeDemands), .a(.class("button"), .href(SiteURL.demandRouting.path), .text(request.t("demands.routing")))),
                      .if(context.permissions.allows(.administer), .a(.class("button"), .href(SiteURL.adminCalendar.path), .text(request.t("calendar.title")))),
                      .a(.class("button"), .href(SiteURL.demandExport(format: "csv").path + query), .text(request.t("demands.export_csv"))),
                      .a(.class("button"), .href(SiteURL.demandExport(format: "xlsx").path + query), .text(request.t("demands.export_xlsx"))))),
            .unwrap(error) { Layout.notice("error", $0) },
            filterForm(context, filter),
            .if(page.items.isEmpty, .p(.class("muted"), .text(request.t("demands.none")))),
            .if(!page.items.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(request.t("demands.tracking_number"))), .th(.text(request.t("demands.category"))),
                           .th(.text(request.t("demands.status"))), .th(.text(request.t("demands.enterprise"))),
                           .th(.text(request.t("demands.handler"))), .th(.text(request.t("demands.submitted_at"))),
                           .th(.text(request.t("demands.closure_deadline"))))),
                .tbody(.forEach(page.items) { demand in
                    let overdue = (try? demand.state.isOverdue(at: now)) ?? false
                    return .tr(
                        .td(.a(.href(SiteURL.demand(number: demand.trackingNumber).path), .text(demand.trackingNumber))),
                        .td(.text(context.categoryName(demand.categoryCode))),
                        .td(.text(DemandStatus(rawValue: demand.status).map { context.text($0.label) } ?? demand.status)),
                        .td(.text(demand.enterpriseCode)),
                        .td(.text(demand.handlerCode ?? "—")),
                        .td(.text(Self.time(demand.submittedAt))),
                        .td(.text(Self.time(demand.closureDeadline)),
                            .if(overdue, .span(.class("badge light-red"), .text(" " + request.t("demands.overdue"))))))
                }))),
            .unwrap(page.next) { next in
                .p(.a(.href(SiteURL.demands.path + Self.query(filter.queryItems + [URLQueryItem(name: "cursor", value: next)])),
                      .text(request.t("demands.next_page"))))
            }
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    func filterForm(_ context: Context, _ filter: DemandStore.Filter) -> Node {
        let request = context.request
        return .form(.method(.get), .action(SiteURL.demands.path), .class("filters"),
            .label(.text(request.t("demands.status")),
                   .select(.attribute(named: "name", value: "status"),
                           FormNodes.option("", request.t("common.all")),
                           .forEach(DemandStatus.allCases) { FormNodes.option($0.rawValue, context.text($0.label), selected: filter.status == $0.rawValue) })),
            .label(.text(request.t("demands.category")),
                   .select(.attribute(named: "name", value: "category"),
                           FormNodes.option("", request.t("common.all")),
                           .forEach(request.appEnvironment.reference.demandCategories.categories) { FormNodes.option($0.code, context.text($0.name), selected: filter.category == $0.code) })),
            .label(.text(request.t("demands.town")), .input(.type(.text), .name("town"), .value(filter.town ?? ""))),
            .label(.text(request.t("demands.handler")), .input(.type(.text), .name("handler"), .value(filter.handler ?? ""))),
            .label(.text(request.t("demands.from")), .input(.type(.date), .name("from"), .value(filter.from.map { ShanghaiTime.day(of: $0).description } ?? ""))),
            .label(.text(request.t("demands.to")), .input(.type(.date), .name("to"), .value(filter.to.map { ShanghaiTime.day(of: $0).description } ?? ""))),
            .label(.input(.type(.checkbox), .name("overdue"), .value("1"), .checked(filter.overdue)),
                   .text(request.t("demands.overdue_only"))),
            .button(.type(.submit), .text(request.t("demands.filter"))))
    }

    static func query(_ items: [URLQueryItem]) -> String {
        guard !items.isEmpty else { return "" }
        var components = URLComponents()
        components.queryItems = items
        return "?" + (components.percentEncodedQuery ?? "")
    }

    /// Beijing time, minutes: "2026-02-24 23:59".
    static func time(_ date: Date) -> String {
        let iso = ShanghaiTime.iso8601(date)
        return String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    // MARK: submit

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let context = try await Context(request)
        try context.permissions.require(.submitDemand)
        return try await renderForm(context, form: SubmitForm(), duplicates: [], error: nil, status: .ok)
    }

    struct SubmitForm: Content {
        var category: String = ""
        var description: String = ""
        var enterprise: String?
        var town: String?
        var address: String?
        var confirm: String?
        var attachment: File?
    }

    @Sendable func submit(_ request: Request) async throws -> Response {
        let context = try await Context(request)
        try context.permissions.require(.submitDemand)
        let form = try request.content.decode(SubmitForm.self)
        let enterprise = context.principal.role == .enterprise ? (context.actor.bindingCode ?? "") : (form.enterprise ?? "")
        let upload = form.attachment.flatMap { file -> DemandUpload? in
            file.data.readableBytes == 0 ? nil : DemandUpload(fileName: file.filename, data: Data(buffer: file.data))
        }
        let extras = DemandStore.Extras(address: form.address.nonEmpty, channel: "web", upload: upload)
        do {
            let submission = try DemandStore.checked(
                DemandSubmission(categoryCode: form.category, enterpriseCode: enterprise,
                                 townCode: form.town?.isEmpty == false ? form.town : nil, description: form.description),
                by: context.actor, extras: extras)
            let duplicates = try await context.service.duplicates(of: submission)
            // 重复诉求: shown before anything is submitted; the firm confirms to submit anyway.
            if !duplicates.isEmpty, form.confirm != "1" {
                return try await renderForm(context, form: form, duplicates: duplicates, error: nil, status: .ok)
            }
            let demand = try await DemandStore.submit(submission, by: context.actor, extras: extras, writer: request.writer)
            return request.redirect(to: SiteURL.demand(number: demand.trackingNumber).path + "?submitted=1")
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await renderForm(context, form: form, duplicates: [], error: request.t(error.message), status: .badRequest)
        }
    }

    func renderForm(_ context: Context, form: SubmitForm, duplicates: [Demand], error: String?, status: HTTPStatus) async throws -> Response {
        let request = context.request
        let html = Layout.page(request, title: request.t("demands.new"), active: .demands,
            .h1(.text(request.t("demands.new"))),
            .unwrap(error) { Layout.notice("error", $0) },
            duplicateWarning(context, duplicates),
            submitForm(context, form: form, confirming: !duplicates.isEmpty)
        )
        return try await HTMLPage(status: status, html: html).encodeResponse(for: request)
    }

    /// 重复诉求: the firm's open demands of the same category, shown before submitting.
    func duplicateWarning(_ context: Context, _ duplicates: [Demand]) -> Node {
        guard !duplicates.isEmpty else { return .group() }
        let items: [Node] = duplicates.map { demand in
            let status = DemandStatus(rawValue: demand.status).map { context.text($0.label) } ?? demand.status
            return .li(.a(.href(SiteURL.demand(number: demand.trackingNumber).path), .text(demand.trackingNumber)),
                       .text(" · " + status))
        }
        return .div(.class("notice notice-info duplicate-warning"), .attribute(named: "role", value: "status"),
                    .p(.text(context.request.t("demands.duplicate_warning"))), .ul(.group(items)))
    }

    func submitForm(_ context: Context, form: SubmitForm, confirming: Bool) -> Node {
        let request = context.request
        let csrf: String = request.principal?.csrfToken ?? ""
        // Multipart bodies are read after the CSRF check, so the token rides in the query.
        let action: String = SiteURL.demandNew.path + "?" + CSRFMiddleware.fieldName + "=" + csrf
        let options: [Node] = request.appEnvironment.reference.demandCategories.categories.map { category in
            let limit: String = category.limit(for: .closure).map { context.text($0.label) } ?? ""
            return FormNodes.option(category.code, context.text(category.name) + " — " + limit, selected: form.category == category.code)
        }
        let enterpriseField: Node = context.principal.role == .enterprise ? .group() :
            .label(.text(request.t("demands.enterprise")), .input(.type(.text), .name("enterprise"), .maxlength(.code), .value(form.enterprise ?? ""), .required(true)))
        let description: Node = .label(.text(request.t("demands.description")),
            .textarea(.name("description"), .maxlength(.demandText), .attribute(named: "rows", value: "8"),
                      .attribute(named: "maxlength", value: String(DemandSubmission.maximumDescriptionLength)),
                      .text(form.description)))
        let confirm: Node = confirming ? .input(.type(.hidden), .name("confirm"), .value("1")) : .group()
        let submitLabel: String = request.t(confirming ? "demands.submit_anyway" : "demands.submit")
        return .form(.method(.post), .enctype(.multipartData), .class("stacked"), .action(action),
            .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(csrf)),
            .label(.text(request.t("demands.category")), .select(.attribute(named: "name", value: "category"), .group(options))),
            enterpriseField,
            // An enterprise's demand always takes the firm's own town, so it is not asked.
            .if(context.principal.role != .enterprise,
                .label(.text(request.t("demands.town_optional")), .input(.type(.text), .name("town"), .maxlength(.code), .value(form.town ?? "")))),
            description,
            .label(.text(request.t("demands.address")), .input(.type(.text), .name("address"), .maxlength(.address), .value(form.address ?? ""))),
            .label(.text(request.t("demands.attachment")),
                   .input(.type(.file), .name("attachment"), .attribute(named: "accept", value: ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"))),
            .p(.class("hint"), .text(request.t("demands.attachment_hint"))),
            confirm,
            .button(.type(.submit), .class("primary"), .text(submitLabel)))
    }

    // MARK: one demand

    @Sendable func show(_ request: Request) async throws -> Response {
        let context = try await Context(request)
        guard let demand = try await context.service.find(try request.parameters.require(.number), principal: context.principal, actor: context.actor) else {
            throw Abort(.notFound)
        }
        let notice = (try? request.query.get(String.self, at: "submitted")) == "1"
            ? request.t("demands.submitted_notice", ["number": demand.trackingNumber]) : nil
        return try await DemandDetailView(context: context, demand: demand).render(notice: notice, error: nil, status: .ok)
    }

    @Sendable func transition(_ request: Request) async throws -> Response {
        let context = try await Context(request)
        let number = try request.parameters.require(.number)
        guard let demand = try await context.service.find(number, principal: context.principal, actor: context.actor) else {
            throw Abort(.notFound)
        }
        let input = try request.content.decode(DemandTransitionInput.self)
        do {
            _ = try await DemandStore.transition(number, input: input, principal: context.principal, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await DemandDetailView(context: context, demand: demand).render(notice: nil, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.demand(number: number).path)
    }

    @Sendable func attachment(_ request: Request) async throws -> Response {
        let context = try await Context(request)
        guard let demand = try await context.service.find(try request.parameters.require(.number), principal: context.principal, actor: context.actor),
              let id = UUID(uuidString: try request.parameters.require(.id)),
              let file = try await context.service.attachment(id, of: demand) else {
            throw Abort(.notFound)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        headers.contentDisposition = .init(.attachment, filename: file.fileName)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: file.data))
    }

    // MARK: export

    /// Any filtered list as a file, through the platform's `TableExport` (CSV or XLSX).
    func export(_ request: Request, _ format: TableExport.Format) async throws -> Response {
        let context = try await Context(request)
        let rows = try await context.service.all(try DemandStore.Filter(request), principal: context.principal, actor: context.actor)
        return try DemandExport.table(rows, now: request.appEnvironment.nowToTheSecond).response(format, fileName: "demands")
    }
}

/// The columns of an exported list of demands (times in Beijing time, ISO 8601).
enum DemandExport {
    static let header = ["tracking_number", "category", "status", "enterprise", "town", "handler_kind", "handler_code",
                         "submitted_at", "response_deadline", "solution_deadline", "closure_deadline", "responded_at",
                         "resolved_at", "satisfaction", "overdue", "description"]

    static func table(_ demands: [Demand], now: Date) -> TableExport {
        func text(_ value: String?) -> TableExport.Cell { value.map { .text($0) } ?? .empty }
        func time(_ value: Date?) -> TableExport.Cell { text(value.map(ShanghaiTime.iso8601)) }
        let rows: [[TableExport.Cell]] = demands.map { demand in
            let overdue = (try? demand.state.isOverdue(at: now)) ?? false
            return [
                .text(demand.trackingNumber), .text(demand.categoryCode), .text(demand.status), .text(demand.enterpriseCode),
                text(demand.townCode), text(demand.handlerKind), text(demand.handlerCode), time(demand.submittedAt),
                time(demand.responseDeadline), time(demand.solutionDeadline), time(demand.closureDeadline),
                time(demand.respondedAt), time(demand.resolvedAt), text(demand.satisfaction), .number(overdue ? 1 : 0),
                .text(demand.text),
            ]
        }
        return TableExport(header: header, rows: rows)
    }
}
