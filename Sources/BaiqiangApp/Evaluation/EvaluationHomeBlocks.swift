import BaiqiangCore
import Fluent
import Vapor

/// The evaluation's part of a firm's home page: its class in the latest published run, linked to
/// the explanation of how it was reached. A draft run decides nothing and is never shown.
struct EvaluationHomeBlocks: HomeBlockProvider {
    func blocks(for principal: Principal, request: Request) async throws -> [HomeBlock] {
        guard principal.role == .enterprise, case .enterprise(let code) = principal.scope else { return [] }
        let published = try await EvaluationStore(db: request.db, principal: principal).publishedResults(ofFirm: code)
        guard let (run, result) = published.first, let runID = run.id else {
            return [HomeBlock(title: "home.evaluation.class", items: [], empty: "home.evaluation.class_none")]
        }
        let isDemo = try await EnterpriseStore(db: request.db, principal: principal).find(creditCode: code)?.isDemo ?? false
        let name = EvaluationClass(rawValue: result.evaluationClass)?.name
            ?? BilingualText(zh: result.evaluationClass, en: result.evaluationClass)
        let item = HomeItem(text: .key("home.evaluation.class_of", ["year": String(run.year)]),
                            href: SiteURL.evaluationFirm(id: runID.uuidString, code: code).path,
                            detail: .bilingual(name), isDemo: isDemo)
        return [HomeBlock(title: "home.evaluation.class", items: [item], empty: "home.evaluation.class_none")]
    }
}
