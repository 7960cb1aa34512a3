import BaiqiangCore
import BaiqiangHTML

/// The one way a page picks a handling unit: a select whose values carry the kind with the code
/// (`department:gxj`, `town:gulao`) in a group per kind, named in the page's language, so a town
/// can never be chosen as a department.
struct HandlingUnitPicker {
    var departments: [Department]
    var towns: [Town]

    func node(_ context: PageContext, excluding current: HandlingUnit? = nil, selected: HandlingUnit? = nil) -> Node {
        let english = context.language == .en
        func group(_ label: String, _ units: [(unit: HandlingUnit, name: String)]) -> Node {
            .optgroup(.attribute(named: "label", value: label),
                      .forEach(units.filter { $0.unit != current }) { FormNodes.option($0.unit.pickerValue, $0.name, selected: $0.unit == selected) })
        }
        return .label(.text(context.t("demands.handler")),
                      .select(.attribute(named: "name", value: "handler"), .required(true),
                              group(context.t("demands.kind_department"), departments.map { (.department($0.code), english ? $0.nameEn : $0.nameZh) }),
                              group(context.t("demands.kind_town"), towns.map { (.town($0.code), english ? $0.nameEn : $0.nameZh) })))
    }

    /// A unit by its name in the page's language; the code only when the county has no such unit.
    func name(of unit: HandlingUnit, _ context: PageContext) -> String {
        let english = context.language == .en
        return switch unit.kind {
        case .department: departments.first { $0.code == unit.code }.map { english ? $0.nameEn : $0.nameZh } ?? unit.code
        case .town: towns.first { $0.code == unit.code }.map { english ? $0.nameEn : $0.nameZh } ?? unit.code
        }
    }
}
