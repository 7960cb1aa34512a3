import BaiqiangCore
import Vapor

/// `/api/v1/counties/references` and `/api/v1/counties/readiness-lines`: the county's reference
/// counties (对标县), their published figures and its readiness lines (门槛), for the roles that
/// keep them on the page (administrators, 统计局, 工信局), through the same store calls, checked
/// by Core and audited. A refusal is a 400 problem naming each field, with nothing written.
struct ReferenceCountiesAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.countiesReferences.components, use: list)
        api.post(SiteURL.API.countiesReferences.components, use: add)
        api.delete(SiteURL.API.countiesReference(code: .placeholder(.code)).components, use: remove)
        api.post(SiteURL.API.countiesReferenceFigures(code: .placeholder(.code)).components, use: record)
        api.get(SiteURL.API.countiesReadinessLines.components, use: lines)
        api.put(SiteURL.API.countiesReadinessLines.components, use: setLine)
    }

    typealias CitationView = CountiesAPIController.CitationView
    typealias FigureView = CountiesAPIController.FigureView

    struct ReferenceView: Content {
        var code: String
        var name: BilingualText
        var province: String
        var membership: BilingualText?
        var membershipSource: CitationView?
        var figures: [FigureView]

        enum CodingKeys: String, CodingKey {
            case code, name, province, membership, figures
            case membershipSource = "membership_source"
        }

        init(_ county: ReferenceCounty) {
            code = county.code
            name = county.name
            province = county.province
            membership = county.membership.zh.isEmpty ? nil : county.membership
            membershipSource = county.membershipCitation.map(CitationView.init)
            figures = county.figures.sorted { ($0.indicator.rawValue, $1.period) < ($1.indicator.rawValue, $0.period) }.map(Self.figure)
        }

        static func figure(_ figure: RegionalFigure) -> FigureView {
            FigureView(unit: figure.unitCode, indicator: figure.indicator.rawValue, period: figure.period.description, value: figure.value,
                       growthPercent: figure.growthPercent, rankByValue: nil, rankByGrowth: nil, source: figure.citation.map(CitationView.init),
                       correctionReason: figure.correctionReason)
        }
    }

    struct LineView: Content {
        var indicator: String
        var value: Double
        var name: BilingualText
        var source: CitationView

        init(_ line: ReadinessThreshold) {
            indicator = line.indicator.rawValue
            value = line.value
            name = line.name
            source = CitationView(line.citation)
        }
    }

    struct AddInput: Content {
        var name: String
        var province: String
        var membership: String?
        var publisher: String?
    }

    struct SourceInput: Content {
        var publisher: String
        var title: String?
        var date: String?
        var address: String?
        var readFromCopy: Bool?

        enum CodingKeys: String, CodingKey {
            case publisher, title, date, address
            case readFromCopy = "read_from_copy"
        }

        func citation() -> Citation {
            func optional(_ text: String?) -> String? { (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? nil : text }
            return Citation(publisher: publisher, title: optional(title), date: optional(date), address: optional(address),
                            readFromCopy: readFromCopy ?? false)
        }
    }

    struct FigureInput: Content {
        var indicator: String
        var period: String
        var value: Double?
        var growthPercent: Double?
        var source: SourceInput
        var correctionReason: String?

        enum CodingKeys: String, CodingKey {
            case indicator, period, value, source
            case growthPercent = "growth_percent", correctionReason = "correction_reason"
        }
    }

    struct LineInput: Content {
        var indicator: String
        var value: Double
        var name: String
        var source: SourceInput
    }

    @Sendable func list(_ request: Request) async throws -> CursorPage<ReferenceView> {
        let principal = try request.requirePermission(.manageReferenceCounties)
        let page = try PageRequest(request)
        let store = ReferenceCountiesStore(db: request.db, county: principal.countyCode)
        let split = page.split(try await store.counties(after: page.after, limit: page.fetchLimit), key: \.code)
        return CursorPage(items: split.items.map(ReferenceView.init), nextCursor: split.next)
    }

    @Sendable func add(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.manageReferenceCounties)
        let input = try request.content.decode(AddInput.self)
        try Self.limit([("name", input.name, ReferenceCountyCheck.nameLength.upperBound),
                        ("province", input.province, ReferenceCountyCheck.provinceLength.upperBound),
                        ("membership", input.membership, ReferenceCountyCheck.membershipLength.upperBound),
                        ("publisher", input.publisher, TextFieldKind.name.maximumLength)])
        let form = ReferenceCountiesPage.CountyForm(name: input.name, province: input.province, membership: input.membership,
                                                    publisher: input.publisher)
        let county = try Self.refused(form.county())
        try await ReferenceCountiesStore.add(county, writer: request.writer)
        guard let added = try await ReferenceCountiesStore(db: request.db, county: principal.countyCode).county(named: county.code) else {
            throw Abort(.internalServerError)
        }
        let response = try await ReferenceView(added).encodeResponse(for: request)
        response.status = .created
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.countiesReference(code: added.code)).path)
        return response
    }

    @Sendable func remove(_ request: Request) async throws -> HTTPStatus {
        _ = try request.requirePermission(.manageReferenceCounties)
        let code = try request.parameters.require(.code)
        guard FieldLimits.length(of: code) <= ReferenceCountyCheck.nameLength.upperBound else { throw Abort(.notFound) }
        try await ReferenceCountiesStore.remove(name: code, writer: request.writer)
        return .noContent
    }

    @Sendable func record(_ request: Request) async throws -> Response {
        let principal = try request.requirePermission(.manageReferenceCounties)
        let code = try request.parameters.require(.code)
        let store = ReferenceCountiesStore(db: request.db, county: principal.countyCode)
        guard FieldLimits.length(of: code) <= ReferenceCountyCheck.nameLength.upperBound,
              try await store.county(named: code) != nil else { throw Abort(.notFound) }
        let input = try request.content.decode(FigureInput.self)
        guard let indicator = RegionalIndicator(rawValue: input.indicator) else { throw FieldInputError([.notAllowed("indicator")]) }
        guard let period = StatisticalPeriod(text: input.period) else {
            throw FieldInputError([LocatedIssue(row: nil, column: "period", reason: BilingualText(
                zh: "期间应写作 2023 或 2024-05", en: "write the period as 2023 or 2024-05"))])
        }
        let reason = (input.correctionReason ?? "").trimmingCharacters(in: .whitespaces).isEmpty ? nil : input.correctionReason
        let figure = RegionalFigure(unitCode: code, indicator: indicator, period: period, value: input.value, growthPercent: input.growthPercent,
                                    citation: input.source.citation(), correctionReason: reason)
        let sourceProblems = RegionalFigureCheck.sourceProblems(figure)
        guard sourceProblems.isEmpty else { throw RegionalFigureInputError(sourceProblems) }
        _ = try await ReferenceCountiesStore.record([CountiesStore.ImportedFigure(row: 1, figure: figure)], writer: request.writer)
        let response = try await ReferenceView.figure(figure).encodeResponse(for: request)
        response.status = .created
        return response
    }

    @Sendable func lines(_ request: Request) async throws -> ItemList<LineView> {
        let principal = try request.requirePermission(.manageReferenceCounties)
        return ItemList(items: try await ReferenceCountiesStore(db: request.db, county: principal.countyCode).thresholds().map(LineView.init))
    }

    @Sendable func setLine(_ request: Request) async throws -> LineView {
        _ = try request.requirePermission(.manageReferenceCounties)
        let input = try request.content.decode(LineInput.self)
        try Self.limit([("name", input.name, ReadinessThreshold.nameLength.upperBound),
                        ("publisher", input.source.publisher, TextFieldKind.name.maximumLength),
                        ("title", input.source.title, TextFieldKind.name.maximumLength),
                        ("date", input.source.date, TextFieldKind.name.maximumLength),
                        ("address", input.source.address, TextFieldKind.address.maximumLength)])
        guard let indicator = RegionalIndicator(rawValue: input.indicator) else { throw FieldInputError([.notAllowed("indicator")]) }
        let name = input.name.trimmingCharacters(in: .whitespaces)
        var citation = input.source.citation()
        citation.publisher = citation.publisher.trimmingCharacters(in: .whitespaces)
        let line = ReadinessThreshold(indicator: indicator, value: input.value, name: BilingualText(zh: name, en: name), citation: citation)
        try await ReferenceCountiesStore.setThreshold(line, writer: request.writer)
        return LineView(line)
    }

    /// Refuses texts longer than their Core limit, counted as the API description counts them.
    static func limit(_ texts: [(column: String, text: String?, maximum: Int)]) throws {
        let issues = texts.compactMap { column, text, maximum -> LocatedIssue? in
            guard let text, FieldLimits.length(of: text) > maximum else { return nil }
            return LocatedIssue(row: nil, column: column, reason: BilingualText(zh: "不超过 \(maximum) 个字", en: "at most \(maximum) characters"))
        }
        guard issues.isEmpty else { throw FieldInputError(issues) }
    }

    static func refused<T>(_ result: Result<T, CountiesComparisonPage.EntryProblem>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw FieldInputError([LocatedIssue(row: nil, column: nil, reason: problem.message)])
        }
    }
}
