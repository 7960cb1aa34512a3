import BaiqiangCore
import BaiqiangHTML

extension EnterpriseEditPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let firm = model.firm
        let ui = EnterpriseUI(context: context)
        let field = { (key: String, label: String, value: String?) -> Node in
            .label(.text(context.t(label)), .input(.type(.text), .name(key), .value(value ?? ""),
                                                    .maxlength(key == "address" ? .address : key == "ticker" ? .code : .contact)))
        }
        return Layout.page(context, title: firm.name, active: .enterprises,
            .p(.a(.href(SiteURL.enterprise(creditCode: firm.creditCode).path), .text("← " + firm.name))),
            .h1(.text(context.t("enterprises.edit_title", ["name": firm.name]))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .form(.method(.post), .action(SiteURL.enterpriseEdit(creditCode: firm.creditCode).path), .class("stacked"),
                Layout.csrfField(context),
                field("address", "enterprises.address", firm.address),
                field("contact_name", "enterprises.contact", firm.contactName),
                field("contact_phone", "enterprises.contact_phone", firm.contactPhone),
                LeaderSelect.node("city_leader", label: context.t("enterprises.city_leader"), linked: firm.cityLeaderID,
                                  typed: firm.cityLeader, leaders: model.leaders, context: context),
                LeaderSelect.node("town_leader", label: context.t("enterprises.town_leader"), linked: firm.townLeaderID,
                                  typed: firm.townLeader, leaders: model.leaders, context: context),
                .label(.text(context.t("enterprises.ladder_stage")),
                       .select(.attribute(named: "name", value: "ladder_stage"), FormNodes.option("", "—"),
                               .forEach(LadderStage.allCases) { s in FormNodes.option(String(s.rawValue), ui.text(s.name), selected: firm.ladderStage == s.rawValue) })),
                .label(.text(context.t("enterprises.listing_stage")),
                       .select(.attribute(named: "name", value: "listing_stage"), FormNodes.option("", "—"),
                               FormNodes.option("pipeline", context.t("ladder.unstaged"), selected: firm.listingStage == "pipeline"),
                               .forEach(ListingStage.allCases) { s in FormNodes.option(s.rawValue, ui.text(s.name), selected: firm.listingStage == s.rawValue) })),
                field("listing_since", "enterprises.listing_since", firm.listingSince.map(String.init)),
                field("ticker", "enterprises.ticker", firm.ticker),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", text: context.t("enterprises.designations_years")),
                    .forEach(DesignationKind.allCases) { kind in
                        .label(.text(ui.text(kind.name)), .input(.type(.number), .name("designation_\(kind.rawValue)"),
                                                                .value(model.heldDesignations[kind.rawValue].map(String.init) ?? "")))
                    }]),
                .button(.type(.submit), .class("primary"), .text(context.t("common.save"))))
        )
    }
}
