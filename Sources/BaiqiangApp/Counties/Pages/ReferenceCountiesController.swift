import BaiqiangCore
import BaiqiangHTML
import Vapor

/// The page where the county keeps its reference counties (对标县), their published figures (by
/// form or file) and its readiness lines (门槛). Every route needs `manageReferenceCounties`;
/// every change goes through `ReferenceCountiesStore`, and a refused one shows the page again
/// with its reasons and nothing changed.
struct ReferenceCountiesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.countiesReferences.components, use: page)
        routes.post(SiteURL.countiesReferences.components, use: add)
        routes.post(SiteURL.countiesReferenceRemove.components, use: remove)
        routes.post(SiteURL.countiesReferenceFigures.components, use: record)
        routes.upload(SiteURL.countiesReferenceImport.components, maxSize: "20mb", use: upload)
        routes.get(SiteURL.countiesReferenceTemplate(language: "zh").components) { try template($0, english: false) }
        routes.get(SiteURL.countiesReferenceTemplate(language: "en").components) { try template($0, english: true) }
        routes.post(SiteURL.countiesThresholds.components, use: setThreshold)
        routes.post(SiteURL.countiesThresholdRemove.components, use: removeThreshold)
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        try await render(request, status: .ok)
    }

    @Sendable func add(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let form = try request.content.decode(ReferenceCountiesPage.CountyForm.self)
        return try await attempt(request, done: "references.added") {
            try await ReferenceCountiesStore.add(try form.county().get(), writer: request.writer)
        }
    }

    @Sendable func remove(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let form = try request.content.decode(ReferenceCountiesPage.RemoveForm.self)
        guard form.name.count <= ReferenceCountyCheck.nameLength.upperBound else { throw Abort(.badRequest) }
        try await ReferenceCountiesStore.remove(name: form.name, writer: request.writer)
        return request.redirect(to: SiteURL.countiesReferences.path)
    }

    @Sendable func record(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let form = try request.content.decode(CountiesComparisonPage.EntryForm.self)
        return try await attempt(request, done: "references.recorded", entry: form) {
            _ = try await ReferenceCountiesStore.record([CountiesStore.ImportedFigure(row: 1, figure: try form.figure().get())],
                                                       writer: request.writer)
        }
    }

    struct Upload: Content {
        var file: File
        var partial: String?
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let upload = try request.content.decode(Upload.self)
        do {
            let outcome = try await ReferenceCountiesStore.importFile(Data(buffer: upload.file.data), partial: upload.partial == "1",
                                                                      writer: request.writer)
            return try await render(request, status: outcome.issues.isEmpty ? .ok : .badRequest,
                                    done: request.t("references.imported", ["read": String(outcome.read), "recorded": String(outcome.recorded),
                                                                            "unchanged": String(outcome.unchanged)]),
                                    issues: outcome.issues)
        } catch let error as any LocatedIssues {
            return try await render(request, status: .badRequest, failure: request.t("references.nothing_recorded"), issues: error.locatedIssues)
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, status: .badRequest, failure: request.t(error.message))
        }
    }

    func template(_ request: Request, english: Bool) throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let spec = ReferenceFiguresFile.spec
        return try TableExport(header: english ? spec.englishHeader : spec.chineseHeader, rows: [])
            .response(.csv, fileName: "reference-county-figures")
    }

    @Sendable func setThreshold(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let form = try request.content.decode(ReferenceCountiesPage.ThresholdForm.self)
        return try await attempt(request, done: "references.threshold_set") {
            try await ReferenceCountiesStore.setThreshold(try form.threshold().get(), writer: request.writer)
        }
    }

    @Sendable func removeThreshold(_ request: Request) async throws -> Response {
        _ = try request.requirePermission(.manageReferenceCounties)
        let form = try request.content.decode(ReferenceCountiesPage.RemoveForm.self)
        guard form.name.count <= ReadinessThreshold.nameLength.upperBound,
              let indicator = form.indicator.flatMap(RegionalIndicator.init(rawValue:)) else { throw Abort(.badRequest) }
        try await ReferenceCountiesStore.removeThreshold(indicator: indicator, name: form.name, writer: request.writer)
        return request.redirect(to: SiteURL.countiesReferences.path)
    }

    /// Runs one change: the page again with what it did, or with why it did nothing (400).
    func attempt(_ request: Request, done: String, entry: CountiesComparisonPage.EntryForm = .init(),
                 _ change: () async throws -> Void) async throws -> Response {
        do {
            try await change()
            return try await render(request, status: .ok, done: request.t(done))
        } catch let error as RegionalFigureInputError {
            let reasons = BilingualText(zh: error.locatedIssues.map(\.reason.zh).joined(separator: "；"),
                                        en: error.locatedIssues.map(\.reason.en).joined(separator: "; "))
            return try await render(request, status: .badRequest, failure: request.t(reasons), entry: entry)
        } catch let problem as CountiesComparisonPage.EntryProblem {
            return try await render(request, status: .badRequest, failure: request.t(problem.message), entry: entry)
        }
    }

    func render(_ request: Request, status: HTTPStatus, done: String? = nil, failure: String? = nil, issues: [LocatedIssue] = [],
                entry: CountiesComparisonPage.EntryForm = .init()) async throws -> Response {
        let principal = try request.requirePermission(.manageReferenceCounties)
        let store = ReferenceCountiesStore(db: request.db, county: principal.countyCode)
        let model = ReferenceCountiesPage.Model(counties: try await store.counties(), thresholds: try await store.thresholds(),
                                                retired: try await store.retiredFigures(), done: done, failure: failure, issues: issues,
                                                entry: entry)
        return try await HTMLPage(status: status, html: ReferenceCountiesPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
