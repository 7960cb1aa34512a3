import BaiqiangCore
import BaiqiangHTML

/// A parcel's disposals on its page, each linked to its own page, and the form that records a
/// new one for the accounts that may.
enum LandDisposalParts {
    static func section(_ model: LandParcelPage.Model, _ context: PageContext) -> Node {
        .group(
            .h2(.text(context.t("land.disposals"))),
            .if(model.disposals.isEmpty, .p(.class("muted"), .text(context.t("land.no_disposals")))),
            .if(!model.disposals.isEmpty, table(model.disposals, context)),
            .if(model.mayWrite, recordForm(model, context)))
    }

    static func table(_ disposals: [StoredDisposal], _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("land.disposal_action"))), .th(.class("num"), .text(context.t("land.area"))),
                       .th(.text(context.t("land.disposal_started"))), .th(.text(context.t("land.disposal_planned"))),
                       .th(.text(context.t("land.disposal_completed"))), .th(.text(context.t("land.disposal_status"))),
                       .th(.text(context.t("land.disposal_unit"))))),
            .tbody(.forEach(disposals) { row(for: $0, context) }))
    }

    static func row(for stored: StoredDisposal, _ context: PageContext) -> Node {
        let disposal = stored.disposal
        return .tr(.td(.a(.href(SiteURL.landDisposal(id: stored.id.uuidString).path), .text(context.t(disposal.action.label))),
                       .if(stored.isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))),
                   .td(.class("num"), .text(LandText.area(disposal.area, context))),
                   .td(.text(disposal.started.description)), .td(.text(LandText.date(disposal.plannedCompletion))),
                   .td(.text(LandText.date(disposal.completed))), .td(.text(context.t(disposal.status.label))),
                   .td(.text(disposal.responsibleUnit ?? "—")))
    }

    static func recordForm(_ model: LandParcelPage.Model, _ context: PageContext) -> Node {
        .group(
            .h3(.id("record-disposal"), .text(context.t("land.disposal_record"))),
            .unwrap(model.form.error) { Layout.notice("error", $0) },
            .form(.method(.post), .action(SiteURL.landParcelDisposals(number: model.record.number).path), .class("stacked"),
                  Layout.csrfField(context),
                  LandDisposalForm.recordFields(model.form, parcelArea: model.record.area, context),
                  .button(.type(.submit), .class("primary"), .text(context.t("land.disposal_record")))))
    }
}
