import BaiqiangCore
import BaiqiangHTML

extension LandDisposalPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let disposal = model.stored.disposal
        let title = "\(context.t("land.parcel")) \(disposal.parcelNumber) · \(context.t(disposal.action.label))"
        return Layout.page(context, title: title, active: .land,
            .p(.a(.href(SiteURL.landParcel(number: disposal.parcelNumber).path), .text("← \(context.t("land.parcel")) \(disposal.parcelNumber)"))),
            .h1(.text(title), .if(model.stored.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
            facts(disposal, context),
            .if(model.mayWrite && !disposal.status.next.isEmpty, advanceForm(model, context)),
            .if(model.mayWrite, correctionForm(model, context)))
    }

    static func facts(_ disposal: Disposal, _ context: PageContext) -> Node {
        .dl(.class("facts"),
            .dt(.text(context.t("land.disposal_status"))), .dd(.text(context.t(disposal.status.label))),
            .dt(.text(context.t("land.area"))), .dd(.text(LandText.area(disposal.area, context))),
            .dt(.text(context.t("land.disposal_started"))), .dd(.text(disposal.started.description)),
            .dt(.text(context.t("land.disposal_planned"))), .dd(.text(LandText.date(disposal.plannedCompletion))),
            .dt(.text(context.t("land.disposal_completed"))), .dd(.text(LandText.date(disposal.completed))),
            .dt(.text(context.t("land.disposal_unit"))), .dd(.text(disposal.responsibleUnit ?? "—")),
            .dt(.text(context.t("land.disposal_note"))), .dd(.text(disposal.note ?? "—")),
            .dt(.text(context.t("land.disposal_withdrawn_reason"))), .dd(.text(disposal.withdrawnReason ?? "—")),
            .dt(.text(context.t("land.disposal_plot_ratio_after"))), .dd(.text(LandText.value(disposal.plotRatioAfter))),
            .dt(.text(context.t("land.disposal_tax_per_mu_after"))), .dd(.text(LandText.value(disposal.taxPerMuAfterWan))))
    }

    static func advanceForm(_ model: Model, _ context: PageContext) -> Node {
        let empty = LandDisposalFormValues()
        return .group(
            .h2(.text(context.t("land.disposal_advance"))),
            .unwrap(model.advanceError) { Layout.notice("error", $0) },
            .form(.method(.post), .action(SiteURL.landDisposalStatus(id: model.stored.id.uuidString).path), .class("stacked"),
                  Layout.csrfField(context),
                  .label(.text(context.t("land.disposal_status")),
                         .select(.name(DisposalField.status.rawValue), .required(true),
                                 .forEach(model.stored.disposal.status.next) { status in
                                     FormNodes.option(status.rawValue, context.t(status.label))
                                 })),
                  LandDisposalForm.date(.completed, context.t("land.disposal_completed_on"), empty),
                  LandDisposalForm.number(.plotRatioAfter, context.t("land.disposal_plot_ratio_after"), empty),
                  LandDisposalForm.number(.taxPerMuAfter, context.t("land.disposal_tax_per_mu_after"), empty),
                  LandDisposalForm.text(.withdrawnReason, context.t("land.disposal_withdrawn_reason"), empty, kind: .note),
                  .button(.type(.submit), .class("primary"), .text(context.t("land.disposal_advance")))))
    }

    static func correctionForm(_ model: Model, _ context: PageContext) -> Node {
        let values = model.correction
        return .group(
            .h2(.text(context.t("land.disposal_correct"))),
            .p(.class("muted"), .text(context.t("land.disposal_correct_intro"))),
            .unwrap(values.error) { Layout.notice("error", $0) },
            .form(.method(.post), .action(SiteURL.landDisposal(id: model.stored.id.uuidString).path), .class("stacked"),
                  Layout.csrfField(context),
                  LandDisposalForm.recordFields(values, parcelArea: model.parcelArea, context),
                  LandDisposalForm.status(values, context),
                  LandDisposalForm.date(.completed, context.t("land.disposal_completed_on"), values),
                  LandDisposalForm.number(.plotRatioAfter, context.t("land.disposal_plot_ratio_after"), values),
                  LandDisposalForm.number(.taxPerMuAfter, context.t("land.disposal_tax_per_mu_after"), values),
                  LandDisposalForm.text(.withdrawnReason, context.t("land.disposal_withdrawn_reason"), values, kind: .note),
                  LandDisposalForm.text(.reason, context.t("land.disposal_correct_reason"), values, kind: .note, required: true),
                  .button(.type(.submit), .class("primary"), .text(context.t("land.disposal_correct")))))
    }
}
