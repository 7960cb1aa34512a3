import BaiqiangCore
import BaiqiangHTML

extension EvaluationIndexPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let ui = EvaluationUI(context: context)
        return Layout.page(context, title: context.t("nav.evaluation"), active: .evaluation,
            .div(.class("page-head"), .h1(.text(context.t("nav.evaluation"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.evaluationConsecutiveD.path), .text(context.t("evaluation.consecutive_d"))))),
            .p(.class("muted"), .text(context.t("evaluation.intro"))),
            .p(.class("muted"), .text(context.t("evaluation.drafts_decide_nothing"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            IssueTable.node(model.issues, context),
            .if(model.runs.isEmpty, Layout.notice("info", context.t("evaluation.no_runs"))),
            .if(!model.runs.isEmpty, .form(.method(.get), .action(SiteURL.evaluationCompare.path),
                .table(.class("data"),
                    .thead(.tr(.th(.text(context.t("evaluation.compare_pick"))), .th(.text(context.t("enterprises.year"))),
                               .th(.text(context.t("evaluation.version"))), .th(.text(context.t("evaluation.status"))),
                               .th(.text(context.t("evaluation.method"))),
                               .th(.text(context.t("evaluation.source"))), .th(.text(context.t("evaluation.firms"))),
                               .th(.text(context.t("evaluation.classes"))), .th(.text(context.t("admin.audit.actor"))),
                               .th(.text(context.t("admin.audit.time"))))),
                    .tbody(.forEach(model.runs) { run in
                        .tr(.td(.input(.type(.checkbox), .name("run"), .value(run.id?.uuidString ?? ""))),
                            .td(.a(.href(SiteURL.evaluationRun(id: run.id?.uuidString ?? "").path), .text(String(run.year)))),
                            .td(.text("v\(run.version)")), .td(ui.publicationBadge(run)), .td(.text(ui.methodName(run))), .td(.text(run.source)),
                            .td(.class("num"), .text(String(run.firmCount))), .td(.text(ui.countsText(run.classCounts))),
                            .td(.text(run.actor)), .td(.text(run.createdAt.map(ShanghaiDay.display) ?? "—")))
                    })),
                .button(.type(.submit), .text(context.t("evaluation.compare"))))),
            .if(model.mayRun, .group(
                .h2(.text(context.t("evaluation.new_run"))),
                .form(.method(.post), .action(SiteURL.evaluationRuns.path), .class("stacked"),
                      Layout.csrfField(context),
                      .label(.text(context.t("evaluation.method")),
                             .select(.attribute(named: "name", value: "method"),
                                     .forEach(EvaluationMethods.bundledNames) { FormNodes.option($0, $0) })),
                      .label(.text(context.t("evaluation.method_yaml")), .element(named: "textarea", nodes: [
                          .attribute(named: "name", value: "method_yaml"), .attribute(named: "rows", value: "6")]),
                             .span(.class("hint"), .text(context.t("evaluation.method_yaml_hint")))),
                      .label(.text(context.t("enterprises.year")),
                             .input(.type(.number), .name("year"), .value(model.latestRegistryYear.map(String.init) ?? ""), .required(true))),
                      .button(.type(.submit), .class("primary"), .text(context.t("evaluation.run")))),
                .h2(.text(context.t("evaluation.upload_run"))),
                .p(.class("muted"), .text(context.t("evaluation.upload_intro", ["header": EvaluationInputCSV.header.joined(separator: ",")]))),
                ImportTemplateController.links([(kind: "evaluation", label: nil)], context),
                .form(.method(.post), .enctype(.multipartData), .class("stacked"),
                      .action(SiteURL.evaluationUpload.path), Layout.csrfField(context),
                      .label(.text(context.t("evaluation.method")),
                             .select(.attribute(named: "name", value: "method"),
                                     .forEach(EvaluationMethods.bundledNames) { FormNodes.option($0, $0) })),
                      .label(.text(context.t("enterprises.year")),
                             .input(.type(.number), .name("year"), .value(model.latestRegistryYear.map(String.init) ?? ""), .required(true))),
                      .label(.text(context.t("import.file")), .input(.type(.file), .name("file"), .required(true), .attribute(named: "accept", value: ".csv,.xlsx"))),
                      .button(.type(.submit), .class("primary"), .text(context.t("evaluation.run")))))))
    }
}
