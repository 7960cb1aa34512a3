import BaiqiangCore
import BaiqiangHTML

/// The fields of a disposal as a form shows them: empty for a new one, the stored values for a
/// correction, what the user sent when it is shown again with an error.
struct LandDisposalFormValues: Sendable {
    var values: [DisposalField: String] = [:]
    var error: String?

    subscript(_ field: DisposalField) -> String { values[field] ?? "" }

    init(values: [DisposalField: String] = [:], error: String? = nil) {
        self.values = values
        self.error = error
    }

    /// A stored disposal's fields, as the correction form starts from.
    init(_ disposal: Disposal) {
        values = [
            .action: disposal.action.rawValue, .areaMu: LandDisposalForm.mu(disposal.area), .started: disposal.started.description,
            .status: disposal.status.rawValue,
        ]
        values[.plannedCompletion] = disposal.plannedCompletion?.description
        values[.completed] = disposal.completed?.description
        values[.responsibleUnit] = disposal.responsibleUnit
        values[.note] = disposal.note
        values[.withdrawnReason] = disposal.withdrawnReason
        values[.plotRatioAfter] = disposal.plotRatioAfter.map { NumberText.number($0) }
        values[.taxPerMuAfter] = disposal.taxPerMuAfterWan.map { NumberText.number($0) }
    }
}

/// The form pieces the parcel page and a disposal's page share.
enum LandDisposalForm {
    /// Mu to four places: enough to say a parcel's whole area back to the square metre.
    static func mu(_ area: LandArea) -> String {
        String(format: "%.4f", area.mu)
    }

    static func text(_ field: DisposalField, _ label: String, _ values: LandDisposalFormValues, kind: TextFieldKind,
                     required: Bool = false) -> Node {
        .label(.text(label), .input(.type(.text), .name(field.rawValue), .value(values[field]), .maxlength(kind), .required(required)))
    }

    static func date(_ field: DisposalField, _ label: String, _ values: LandDisposalFormValues, required: Bool = false) -> Node {
        .label(.text(label), .input(.type(.date), .name(field.rawValue), .value(values[field]), .required(required)))
    }

    static func number(_ field: DisposalField, _ label: String, _ values: LandDisposalFormValues, required: Bool = false) -> Node {
        .label(.text(label), .input(.type(.number), .name(field.rawValue), .value(values[field]), .step("any"), .min("0"),
                                    .required(required)))
    }

    static func action(_ values: LandDisposalFormValues, _ context: PageContext) -> Node {
        .label(.text(context.t("land.disposal_action")),
               .select(.name(DisposalField.action.rawValue), .required(true),
                       .forEach(DisposalAction.allCases) { action in
                           FormNodes.option(action.rawValue, context.t(action.label), selected: values[.action] == action.rawValue)
                       }))
    }

    static func status(_ values: LandDisposalFormValues, _ context: PageContext) -> Node {
        .label(.text(context.t("land.disposal_status")),
               .select(.name(DisposalField.status.rawValue),
                       .forEach(DisposalStatus.allCases) { status in
                           FormNodes.option(status.rawValue, context.t(status.label), selected: values[.status] == status.rawValue)
                       }))
    }

    /// The fields a disposal is recorded with (what it is, over how much, when, by whom).
    static func recordFields(_ values: LandDisposalFormValues, parcelArea: LandArea, _ context: PageContext) -> Node {
        .group(
            action(values, context),
            .label(.text(context.t("land.disposal_area_mu", ["max": mu(parcelArea)])),
                   .input(.type(.number), .name(DisposalField.areaMu.rawValue), .value(values[.areaMu]), .step("any"), .min("0"),
                          .required(true))),
            date(.started, context.t("land.disposal_started"), values, required: true),
            date(.plannedCompletion, context.t("land.disposal_planned"), values),
            text(.responsibleUnit, context.t("land.disposal_unit"), values, kind: .name),
            text(.note, context.t("land.disposal_note"), values, kind: .note))
    }
}
