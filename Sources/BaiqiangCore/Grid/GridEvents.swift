import Foundation

/// Grid events (网格事件) run through the demands workflow (`DemandWorkflow`) with their own
/// category catalogue; the town whose grid reported an event acts as its centre (受理, 派遣, 核查)
/// alongside the county's demand centre.
public enum GridEvents {
    /// The categories shipped in `Resources/grid/event-categories.yaml`.
    public static func bundledCategories() throws(DemandCategoryError) -> DemandCategoryCatalog {
        let text: String
        do {
            text = try CoreResources.text("grid/event-categories.yaml")
        } catch {
            throw DemandCategoryError(problem: .unreadable(error), file: "event-categories.yaml")
        }
        return try DemandCategoryCatalog(yaml: text, fileName: "event-categories.yaml")
    }

    /// The workflow a grid event follows.
    public static func workflow(calendar: WorkingDayCalendar, categories: DemandCategoryCatalog) -> DemandWorkflow {
        DemandWorkflow(calendar: calendar, categories: categories, centre: .demandCentreOrRecordTown)
    }

    /// The steps a grid event's page offers, in the order of accept → assign → handle → verify
    /// → close; the demand workflow's other actions (延期, 督办 …) are a demand's, not an event's.
    public static let actions: [DemandActionKind] = [
        .accept, .assign, .reassign, .returnToCentre, .respond, .resolve, .returnVisit, .redo, .closeUnsatisfied, .urge,
    ]

    /// What the grid pages call each step: the same action, in a grid's words.
    public static func label(_ action: DemandActionKind) -> BilingualText {
        switch action {
        case .accept: BilingualText(zh: "受理", en: "Accept")
        case .assign: BilingualText(zh: "派遣", en: "Assign")
        case .reassign: BilingualText(zh: "改派", en: "Reassign")
        case .returnToCentre: BilingualText(zh: "退回", en: "Send back")
        case .respond: BilingualText(zh: "处置反馈", en: "Report handling")
        case .resolve: BilingualText(zh: "处置完毕", en: "Handled")
        case .returnVisit: BilingualText(zh: "核查", en: "Verify")
        case .redo: BilingualText(zh: "重新处置", en: "Handle again")
        case .closeUnsatisfied: BilingualText(zh: "结案", en: "Close")
        default: action.label
        }
    }

    /// A status in a grid's words.
    public static func label(_ status: DemandStatus) -> BilingualText {
        switch status {
        case .submitted: BilingualText(zh: "待受理", en: "Reported")
        case .accepted: BilingualText(zh: "已受理", en: "Accepted")
        case .assigned: BilingualText(zh: "处置中", en: "Being handled")
        case .returned: BilingualText(zh: "已退回", en: "Sent back")
        case .responded: BilingualText(zh: "已反馈", en: "Handling reported")
        case .resolved: BilingualText(zh: "待核查", en: "Awaiting verification")
        case .unsatisfied: BilingualText(zh: "核查未通过", en: "Verification failed")
        case .closed: BilingualText(zh: "已结案", en: "Closed")
        }
    }
}
