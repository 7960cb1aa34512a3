import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ReferenceCountiesPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let title = context.t("references.title")
        return Layout.page(context, title: title, active: .counties,
            .p(.a(.href(SiteURL.countiesReadiness.path), .text("← " + context.t("counties.readiness")))),
            .h1(.text(title)),
            .p(.class("muted"), .text(context.t("references.intro"))),
            .unwrap(model.done, { Layout.notice("success", $0) }),
            .unwrap(model.failure, { Layout.notice("error", $0) }),
            .if(!model.issues.isEmpty, issueTable(model.issues, context)),
            countiesSection(model, context),
            figuresSection(model, context),
            thresholdsSection(model, context))
    }

    static func issueTable(_ issues: [LocatedIssue], _ context: PageContext) -> Node {
        .table(.class("data"),
            .thead(.tr(.th(.text(context.t("import.row"))), .th(.text(context.t("import.column"))), .th(.text(context.t("import.reason"))))),
            .tbody(.forEach(issues.prefix(500)) { issue in
                .tr(.td(.text(issue.row.map(String.init) ?? "—")), .td(.text(issue.column ?? "—")), .td(.text(context.t(issue.reason))))
            }))
    }

    static func field(_ name: String, _ label: String, required: Bool = false, maxLength: Int) -> Node {
        .label(.text(label), .input(.type(.text), .name(name), .required(required), .attribute(named: "maxlength", value: String(maxLength))))
    }

    static func countiesSection(_ model: Model, _ context: PageContext) -> Node {
        .section(
            .h2(.text(context.t("prefecture.references"))),
            .if(model.counties.isEmpty, .p(.class("muted"), .text(context.t("references.none")))),
            .if(!model.counties.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("counties.unit"))), .th(.text(context.t("references.province"))),
                           .th(.text(context.t("prefecture.membership"))), .th(.text("")))),
                .tbody(.forEach(model.counties) { county in
                    .tr(.td(.text(context.t(county.name))), .td(.text(county.province)),
                        .td(.text(context.t(county.membership)),
                            .unwrap(county.membershipCitation, { .group(.text(" · "), CountiesText.citation($0, context)) })),
                        .td(.form(.method(.post), .action(SiteURL.countiesReferenceRemove.path), .class("inline"), Layout.csrfField(context),
                                  .input(.type(.hidden), .name("name"), .value(county.code)),
                                  .button(.type(.submit), .text(context.t("references.remove"))))))
                }))),
            .details(.summary(.text(context.t("references.add"))),
                .form(.method(.post), .action(SiteURL.countiesReferences.path), .class("stacked"), Layout.csrfField(context),
                      field("name", context.t("references.name"), required: true, maxLength: ReferenceCountyCheck.nameLength.upperBound),
                      field("province", context.t("references.province"), required: true, maxLength: ReferenceCountyCheck.provinceLength.upperBound),
                      field("membership", context.t("prefecture.membership"), maxLength: ReferenceCountyCheck.membershipLength.upperBound),
                      field("publisher", context.t("counties.publisher"), maxLength: TextFieldKind.name.maximumLength),
                      .button(.type(.submit), .text(context.t("references.add"))))))
    }

    static func figuresSection(_ model: Model, _ context: PageContext) -> Node {
        let entry = model.entry
        func text(_ name: String, _ label: String, _ value: String, required: Bool = false, maxLength: Int = TextFieldKind.name.maximumLength) -> Node {
            .label(.text(label), .input(.type(.text), .name(name), .value(value), .required(required),
                                        .attribute(named: "maxlength", value: String(maxLength))))
        }
        return .section(
            .h2(.text(context.t("references.figures"))),
            .if(model.figures.isEmpty, .p(.class("muted"), .text(context.t("references.no_figures")))),
            .if(!model.figures.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("counties.unit"))), .th(.text(context.t("counties.indicator"))),
                           .th(.text(context.t("counties.period"))), .th(.class("num"), .text(context.t("counties.value"))),
                           .th(.class("num"), .text(context.t("counties.growth"))), .th(.text(context.t("counties.source"))))),
                .tbody(.forEach(model.figures) { figure in
                    .tr(.td(.text(figure.unitCode)), .td(.text(context.t(figure.indicator.name))),
                        .td(.text(context.t(figure.period.label)),
                            .if(figure.correctionReason != nil, .span(.class("badge"), .text(context.t("counties.corrected"))))),
                        .td(.class("num"), .text(CountiesText.quantity(figure.value, figure.indicator, context))),
                        .td(.class("num"), .text(CountiesText.growth(figure.growthPercent))),
                        .td(CountiesText.citation(figure.citation, context)))
                }))),
            .if(!model.counties.isEmpty, .details(.if(model.failure != nil && !entry.indicator.isEmpty, .attribute(named: "open", value: "open")),
                .summary(.text(context.t("counties.enter"))),
                .form(.method(.post), .action(SiteURL.countiesReferenceFigures.path), .class("stacked"), Layout.csrfField(context),
                      .label(.text(context.t("counties.unit")),
                             .select(.attribute(named: "name", value: "unit"),
                                     .forEach(model.counties) { FormNodes.option($0.code, context.t($0.name), selected: $0.code == entry.unit) })),
                      .label(.text(context.t("counties.indicator")),
                             .select(.attribute(named: "name", value: "indicator"),
                                     .forEach(RegionalIndicator.allCases) {
                                         FormNodes.option($0.rawValue, context.t($0.name), selected: $0.rawValue == entry.indicator)
                                     })),
                      text("period", context.t("counties.period_hint"), entry.period, required: true, maxLength: 7),
                      text("value", context.t("counties.value"), entry.value, maxLength: 40),
                      text("growth", context.t("counties.growth_hint"), entry.growth, maxLength: 40),
                      text("publisher", context.t("counties.publisher"), entry.publisher, required: true),
                      text("title", context.t("counties.title"), entry.title),
                      text("date", context.t("counties.date"), entry.date),
                      text("address", context.t("counties.address"), entry.address, maxLength: TextFieldKind.address.maximumLength),
                      .label(.input(.type(.checkbox), .name("read_from_copy"), .value("1"), .checked(entry.readFromCopy != nil)),
                             .text(" " + context.t("counties.read_from_copy"))),
                      text("correction_reason", context.t("counties.correction_reason"), entry.correctionReason),
                      .button(.type(.submit), .text(context.t("counties.record")))))),
            .if(!model.counties.isEmpty, .details(.summary(.text(context.t("references.import"))),
                .p(.text(context.t("references.template")), .text(" "),
                   .a(.href(SiteURL.countiesReferenceTemplate(language: "zh").path), .text("中文表头")), .text(" · "),
                   .a(.href(SiteURL.countiesReferenceTemplate(language: "en").path), .text("English header"))),
                .form(.method(.post), .enctype(.multipartData), .class("stacked"), .action(SiteURL.countiesReferenceImport.path),
                      Layout.csrfField(context),
                      .label(.text(context.t("import.file")),
                             .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".csv,.xlsx"))),
                      .label(.class("checkbox"), .input(.type(.checkbox), .name("partial"), .value("1")), .text(context.t("import.partial"))),
                      .button(.type(.submit), .class("primary"), .text(context.t("import.submit")))))),
            .if(!model.retired.isEmpty, .section(
                .h3(.text(context.t("counties.retired"))),
                .table(.class("data"),
                    .thead(.tr(.th(.text(context.t("counties.unit"))), .th(.text(context.t("counties.indicator"))),
                               .th(.text(context.t("counties.period"))), .th(.class("num"), .text(context.t("counties.value"))),
                               .th(.class("num"), .text(context.t("counties.growth"))), .th(.text(context.t("counties.recorded"))))),
                    .tbody(.forEach(model.retired) { retired in
                        .tr(.td(.text(retired.figure.unitCode)), .td(.text(context.t(retired.figure.indicator.name))),
                            .td(.text(context.t(retired.figure.period.label))),
                            .td(.class("num"), .text(CountiesText.quantity(retired.figure.value, retired.figure.indicator, context))),
                            .td(.class("num"), .text(CountiesText.growth(retired.figure.growthPercent))),
                            .td(.text("\(retired.recordedBy) · \(ShanghaiDay.display(retired.recordedAt))")))
                    })))))
    }

    static func thresholdsSection(_ model: Model, _ context: PageContext) -> Node {
        .section(
            .h2(.text(context.t("references.thresholds"))),
            .p(.class("muted"), .text(context.t("references.thresholds_intro"))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("counties.indicator"))), .th(.class("num"), .text(context.t("counties.value"))),
                           .th(.text(context.t("references.name"))), .th(.text(context.t("counties.source"))), .th(.text("")))),
                .tbody(.forEach(model.thresholds) { threshold in
                    .tr(.td(.text(context.t(threshold.indicator.name))),
                        .td(.class("num"), .text(CountiesText.quantity(threshold.value, threshold.indicator, context))),
                        .td(.text(context.t(threshold.name))), .td(CountiesText.citation(threshold.citation, context)),
                        .td(.form(.method(.post), .action(SiteURL.countiesThresholdRemove.path), .class("inline"), Layout.csrfField(context),
                                  .input(.type(.hidden), .name("indicator"), .value(threshold.indicator.rawValue)),
                                  .input(.type(.hidden), .name("name"), .value(threshold.name.zh)),
                                  .button(.type(.submit), .text(context.t("references.remove"))))))
                })),
            .details(.summary(.text(context.t("references.set_threshold"))),
                .p(.class("muted"), .text(context.t("references.set_threshold_hint"))),
                .form(.method(.post), .action(SiteURL.countiesThresholds.path), .class("stacked"), Layout.csrfField(context),
                      .label(.text(context.t("counties.indicator")),
                             .select(.attribute(named: "name", value: "indicator"),
                                     .forEach(RegionalIndicator.allCases) { FormNodes.option($0.rawValue, context.t($0.name)) })),
                      field("value", context.t("counties.value"), required: true, maxLength: 40),
                      field("name", context.t("references.name"), required: true, maxLength: ReadinessThreshold.nameLength.upperBound),
                      field("publisher", context.t("counties.publisher"), required: true, maxLength: TextFieldKind.name.maximumLength),
                      field("title", context.t("counties.title"), maxLength: TextFieldKind.name.maximumLength),
                      field("date", context.t("counties.date"), maxLength: TextFieldKind.name.maximumLength),
                      field("address", context.t("counties.address"), maxLength: TextFieldKind.address.maximumLength),
                      .button(.type(.submit), .text(context.t("references.set_threshold"))))))
    }
}
