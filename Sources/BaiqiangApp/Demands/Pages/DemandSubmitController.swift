import BaiqiangCore
import Fluent
import BaiqiangHTML
import Vapor

/// Submitting a demand: the form, the duplicate warning (重复诉求) before anything is stored,
/// and the submission with its optional attachment.
struct DemandSubmitController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(SiteURL.demandNew.components, use: newForm)
        routes.upload(SiteURL.demandNew.components, maxSize: "8mb", use: submit)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        let context = try await DemandControllerRequest(request)
        try context.permissions.require(.submitDemand)
        return try await render(request, DemandNewPage.Model(), status: .ok)
    }

    struct SubmitForm: Content {
        var category: String = ""
        var description: String = ""
        var enterprise: String?
        var town: String?
        var address: String?
        var confirm: String?
        var attachment: File?

        /// The form shown again with what was sent.
        func model(duplicates: [Demand] = [], error: String? = nil) -> DemandNewPage.Model {
            DemandNewPage.Model(category: category, description: description, enterprise: enterprise, town: town, address: address,
                                duplicates: duplicates, error: error)
        }
    }

    @Sendable func submit(_ request: Request) async throws -> Response {
        let context = try await DemandControllerRequest(request)
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
                return try await render(request, form.model(duplicates: duplicates), status: .ok)
            }
            let demand = try await DemandStore.submit(submission, by: context.actor, extras: extras, writer: request.writer)
            return request.redirect(to: SiteURL.demand(number: demand.trackingNumber).path + "?submitted=1")
        } catch let error as any BilingualError where error.kind == .invalidInput {
            return try await render(request, form.model(error: request.t(error.message)), status: .badRequest)
        }
    }

    func render(_ request: Request, _ model: DemandNewPage.Model, status: HTTPStatus) async throws -> Response {
        try await HTMLPage(status: status, html: DemandNewPage.view(model, request.pageContext)).encodeResponse(for: request)
    }
}
