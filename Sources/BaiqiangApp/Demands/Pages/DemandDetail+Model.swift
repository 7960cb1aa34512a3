import BaiqiangCore
import Foundation

/// One demand's page: the text, every deadline and whether it was met, every step, the
/// attachments, and a form for each action the account may take now.
enum DemandDetailPage {
    struct Model {
        var demand: Demand
        var state: DemandState
        /// The moment deadlines are judged at.
        var now: Date
        /// What the account may do to the demand now (`DemandWorkflow`).
        var actions: [DemandActionKind]
        var events: [DemandEvent]
        var attachments: [DemandAttachment]
        /// The county's units: their names for the page, and the choices when assigning.
        var departments: [Department] = []
        var towns: [Town] = []
        /// The firm's linked leader (挂钩领导), offered when escalating is one of the actions.
        var leader: String?
        /// Years of the deadlines whose working-day calendar is missing, so weekends were assumed.
        var guessedYears: [Int] = []
        var notice: String?
        var error: String?

        var units: HandlingUnitPicker { HandlingUnitPicker(departments: departments, towns: towns) }
    }
}
