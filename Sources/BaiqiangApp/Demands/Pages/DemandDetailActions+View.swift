import BaiqiangCore
import BaiqiangHTML

extension DemandDetailPage {
    /// The form of one action, with the fields that action needs.
    static func actionForm(_ action: DemandActionKind, _ model: Model, _ context: PageContext) -> Node {
        let ui = DemandUI(context: context)
        let demand = model.demand
        let leader = model.leader
        // Reassigning leaves out the unit handling the demand now.
        func unitPicker(excluding current: HandlingUnit?) -> Node {
            HandlingUnitPicker(departments: model.departments, towns: model.towns).node(context, excluding: current)
        }
        let path = SiteURL.demandTransitions(number: demand.trackingNumber).path
        func note(required: Bool) -> Node {
            .label(.text(context.t(required ? "demands.note_required" : "demands.note_optional")),
                   .textarea(.name("note"), .maxlength(.note), .attribute(named: "rows", value: "3"), .if(required, .required(true)), .text("")))
        }
        let fields: Node = switch action {
        case .assign:
            unitPicker(excluding: nil)
        case .reassign:
            .group(unitPicker(excluding: model.state.handler), note(required: true))
        case .returnToCentre, .respond, .proposeSolution, .resolve, .closeUnsatisfied, .refuseExtension:
            note(required: true)
        case .returnVisit:
            .group(.label(.text(context.t("demands.satisfaction")),
                          .select(.attribute(named: "name", value: "satisfaction"),
                                  .forEach(Satisfaction.allCases) { FormNodes.option($0.rawValue, ui.text($0.label)) })),
                   note(required: false))
        case .requestExtension:
            .group(.label(.text(context.t("demands.extension_until")), .input(.type(.date), .name("until"), .required(true))),
                   note(required: true))
        case .escalate:
            .group(.label(.text(context.t("demands.leader")), .input(.type(.text), .name("leader"), .maxlength(.contact), .value(leader ?? ""), .required(true))),
                   .if(leader == nil, .p(.class("hint"), .text(context.t("demands.leader_hint")))),
                   note(required: false))
        case .redo, .urge:
            note(required: false)
        case .accept, .approveExtension:
            .group()
        }
        return .group(
            .form(.method(.post), .action(path), .class("stacked"),
                  Layout.csrfField(context),
                  .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                  fields,
                  .button(.type(.submit), .class("primary"), .text(ui.text(action.label)))),
            .if(action == .assign,
                .form(.method(.post), .action(path), .class("inline"),
                      Layout.csrfField(context),
                      .input(.type(.hidden), .name("action"), .value(DemandTransitionInput.autoRoute)),
                      .button(.type(.submit), .text(context.t("demands.auto_route")))))
        )
    }
}
