import BaiqiangCore
import BaiqiangHTML

extension DemandDetailPage {
    /// The form of one action, with the fields that action needs.
    static func actionForm(_ action: DemandActionKind, _ model: Model, _ context: PageContext) -> Node {
        let ui = DemandUI(context: context)
        let demand = model.demand
        let leader = model.leader
        let english = context.language == .en
        // One picker whose values carry the kind with the code, in two groups, so a town can
        // never be chosen as a department; reassigning leaves out the unit handling it now.
        func unitPicker(excluding current: HandlingUnit?) -> Node {
            func group(_ label: String, _ units: [(unit: HandlingUnit, name: String)]) -> Node {
                .optgroup(.attribute(named: "label", value: label),
                          .forEach(units.filter { $0.unit != current }) { FormNodes.option($0.unit.pickerValue, $0.name) })
            }
            return .label(.text(context.t("demands.handler")),
                          .select(.attribute(named: "name", value: "handler"), .required(true),
                                  group(context.t("demands.kind_department"),
                                        model.departments.map { (.department($0.code), english ? $0.nameEn : $0.nameZh) }),
                                  group(context.t("demands.kind_town"),
                                        model.towns.map { (.town($0.code), english ? $0.nameEn : $0.nameZh) })))
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
