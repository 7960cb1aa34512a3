import BaiqiangCore
import BaiqiangHTML

extension DemandNewPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("demands.new"), active: .demands,
            .h1(.text(context.t("demands.new"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            duplicateWarning(model.duplicates, context),
            submitForm(model, context)
        )
    }

    /// 重复诉求: the firm's open demands of the same category, shown before submitting.
    static func duplicateWarning(_ duplicates: [Demand], _ context: PageContext) -> Node {
        guard !duplicates.isEmpty else { return .group() }
        let ui = DemandUI(context: context)
        let items: [Node] = duplicates.map { demand in
            .li(.a(.href(SiteURL.demand(number: demand.trackingNumber).path), .text(demand.trackingNumber)),
                .text(" · " + ui.statusLabel(demand.status)))
        }
        return .div(.class("notice notice-info duplicate-warning"), .attribute(named: "role", value: "status"),
                    .p(.text(context.t("demands.duplicate_warning"))), .ul(.group(items)))
    }

    static func submitForm(_ model: Model, _ context: PageContext) -> Node {
        let ui = DemandUI(context: context)
        let confirming = !model.duplicates.isEmpty
        let isEnterprise = context.principal?.role == .enterprise
        let action: String = SiteURL.demandNew.path
        let options: [Node] = context.environment.reference.demandCategories.categories.map { category in
            let limit: String = category.limit(for: .closure).map { ui.text($0.label) } ?? ""
            return FormNodes.option(category.code, ui.text(category.name) + " — " + limit, selected: model.category == category.code)
        }
        let enterpriseField: Node = isEnterprise ? .group() :
            .label(.text(context.t("demands.enterprise")), .input(.type(.text), .name("enterprise"), .maxlength(.code), .value(model.enterprise ?? ""), .required(true)))
        let description: Node = .label(.text(context.t("demands.description")),
            .textarea(.name("description"), .maxlength(.demandText), .attribute(named: "rows", value: "8"),
                      .attribute(named: "maxlength", value: String(DemandSubmission.maximumDescriptionLength)),
                      .text(model.description)))
        let confirm: Node = confirming ? .input(.type(.hidden), .name("confirm"), .value("1")) : .group()
        let submitLabel: String = context.t(confirming ? "demands.submit_anyway" : "demands.submit")
        return .form(.method(.post), .enctype(.multipartData), .class("stacked"), .action(action),
            Layout.csrfField(context),
            .label(.text(context.t("demands.category")), .select(.attribute(named: "name", value: "category"), .group(options))),
            enterpriseField,
            // An enterprise's demand always takes the firm's own town, so it is not asked.
            .if(!isEnterprise,
                .label(.text(context.t("demands.town_optional")), .input(.type(.text), .name("town"), .maxlength(.code), .value(model.town ?? "")))),
            description,
            .label(.text(context.t("demands.address")), .input(.type(.text), .name("address"), .maxlength(.address), .value(model.address ?? ""))),
            .label(.text(context.t("demands.attachment")),
                   .input(.type(.file), .name("attachment"), .attribute(named: "accept", value: ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"))),
            .p(.class("hint"), .text(context.t("demands.attachment_hint"))),
            confirm,
            .button(.type(.submit), .class("primary"), .text(submitLabel)))
    }
}
