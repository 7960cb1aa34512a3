import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// Keeping a firm's record by hand: contacts, linked leaders (挂钩领导), ladder and listing
/// stages, designations with their years. Administrators and departments; every change audited.
struct EnterpriseEditController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.enterpriseEdit(creditCode: .placeholder(.creditCode)).components, use: form)
        routes.post(SiteURL.enterpriseEdit(creditCode: .placeholder(.creditCode)).components, use: save)
    }

    func load(_ request: Request) async throws -> Enterprise {
        let principal = try request.requirePrincipal()
        guard let firm = try await EnterpriseStore(db: request.db, principal: principal)
            .find(creditCode: try request.parameters.require(.creditCode)) else { throw Abort(.notFound) }
        try principal.permissions.require(.editEnterprise)
        return firm
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        try await render(request, firm: try await load(request), error: nil, status: .ok)
    }

    struct Form: Content {
        var address: String?
        var contactName: String?
        var contactPhone: String?
        var cityLeader: String?
        var townLeader: String?
        var ladderStage: String?
        var listingStage: String?
        var listingSince: String?
        var ticker: String?
        /// One `designation_<kind>` field per kind, holding the year granted (empty: not held).
        var designations: [String: String]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            func text(_ key: String) -> String? { (try? container.decode(String.self, forKey: AnyKey(key))).nonEmpty }
            address = text("address")
            contactName = text("contact_name")
            contactPhone = text("contact_phone")
            cityLeader = text("city_leader")
            townLeader = text("town_leader")
            ladderStage = text("ladder_stage")
            listingStage = text("listing_stage")
            listingSince = text("listing_since")
            ticker = text("ticker")
            var designations: [String: String] = [:]
            for kind in DesignationKind.allCases {
                if let year = text("designation_\(kind.rawValue)") { designations[kind.rawValue] = year }
            }
            self.designations = designations
        }

        func encode(to encoder: any Encoder) throws {}

        /// Every field within its limits (`FieldLimits`), named by its form key.
        func checkFields() throws {
            var check = FieldChecker()
            check.text(address, .address, field: "address")
            check.text(contactName, .contact, field: "contact_name")
            check.text(contactPhone, .contact, field: "contact_phone")
            check.text(cityLeader, .username, field: "city_leader")
            check.text(townLeader, .username, field: "town_leader")
            check.text(ladderStage, .code, field: "ladder_stage")
            check.text(listingStage, .code, field: "listing_stage")
            check.text(listingSince, .code, field: "listing_since")
            check.text(ticker, .code, field: "ticker")
            for (kind, year) in designations.sorted(by: { $0.key < $1.key }) {
                check.text(year, .code, field: "designation_\(kind)")
            }
            try check.finish()
        }

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    struct Invalid: BilingualError {
        let message: BilingualText
    }

    static func year(_ text: String?, field: BilingualText) throws -> Int? {
        guard let text else { return nil }
        guard let year = Int(text), (1949...2100).contains(year) else {
            throw Invalid(message: BilingualText(zh: "\(field.zh)“\(text)”不是有效年份", en: "\(field.en) '\(text)' is not a valid year"))
        }
        return year
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let firm = try await load(request)
        let form = try request.content.decode(Form.self)
        do {
            try form.checkFields()
            let stage = try form.ladderStage.map { text -> Int in
                guard let value = Int(text), LadderStage(rawValue: value) != nil else {
                    throw Invalid(message: BilingualText(zh: "未知的梯队阶段", en: "Unknown ladder stage"))
                }
                return value
            }
            if let listing = form.listingStage, listing != "pipeline", ListingStage(rawValue: listing) == nil {
                throw Invalid(message: BilingualText(zh: "未知的上市进程", en: "Unknown listing stage"))
            }
            if let problem = LadderListingCheck.problem(ladder: stage.flatMap(LadderStage.init(rawValue:)),
                                                        listing: form.listingStage.flatMap(ListingStage.init(rawValue:)), ticker: form.ticker) {
                throw Invalid(message: problem)
            }
            let since = try Self.year(form.listingSince, field: BilingualText(zh: "上市进程年份", en: "Listing year"))
            var chosen: [(String, Int)] = []
            for (kind, text) in form.designations.sorted(by: { $0.key < $1.key }) {
                let name = DesignationKind(rawValue: kind)?.name ?? BilingualText(zh: kind, en: kind)
                if let year = try Self.year(text, field: name) { chosen.append((kind, year)) }
            }
            let designations = chosen
            let code = firm.creditCode
            let change = EnterpriseStore.Edit(
                address: form.address, contactName: form.contactName, contactPhone: form.contactPhone,
                cityLeader: LeaderChoice(field: form.cityLeader), townLeader: LeaderChoice(field: form.townLeader), ladderStage: stage, listingStage: form.listingStage,
                listingSince: since, ticker: form.listingStage == ListingStage.listed.rawValue ? form.ticker : nil,
                designations: designations)
            try await EnterpriseStore(db: request.db, principal: try request.requirePrincipal()).update(code, with: change, writer: request.writer)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, firm: firm, error: request.t(error.message), status: .badRequest)
        }
        return request.redirect(to: SiteURL.enterprise(creditCode: firm.creditCode).path)
    }

    func render(_ request: Request, firm: Enterprise, error: String?, status: HTTPStatus) async throws -> Response {
        let held = Dictionary(uniqueKeysWithValues: try await EnterpriseStore(db: request.db, principal: try request.requirePrincipal())
            .designations(of: firm.creditCode).map { ($0.kind, $0.year) })
        let leaders = try await AccountStore(db: request.db).leaders(of: request.requirePrincipal().countyCode).map(LeaderOption.init)
        let model = EnterpriseEditPage.Model(firm: firm, heldDesignations: held, leaders: leaders, error: error)
        return try await HTMLPage(status: status, html: EnterpriseEditPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
