import BaiqiangCore
import Foundation

/// A firm's page: identity, contacts, linked leaders, designations, ladder and listing stages,
/// yearly figures as a table and charts, monthly figures as a chart, and the links to the other
/// capabilities' records of the firm.
enum EnterpriseProfilePage {
    struct Model {
        var firm: Enterprise
        var figures: EnterpriseFiguresView
        var designations: [EnterpriseDesignation]
        /// The firm's results in the evaluation runs, newest first.
        var evaluations: [(EvaluationRun, EvaluationResultRecord)]
        /// The parcels it holds that the account may see, with the low-efficiency rules that fire.
        var parcels: [(record: ParcelRecord, findings: [RuleFinding])] = []
        /// Town names by code, in the page's language.
        var townNames: [String: String] = [:]
        /// The linked leaders' accounts, by id: shown by their current display name.
        var linkedLeaders: [UUID: LeaderOption] = [:]
    }
}
