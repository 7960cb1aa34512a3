import BaiqiangCore
import BaiqiangHTML

extension EvaluationRunPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let ui = EvaluationUI(context: context, townNames: model.townNames)
        return Layout.page(context, title: context.t("evaluation.run_title", ["year": String(model.run.year), "version": String(model.run.version)]),
                           active: .evaluation,
            .p(.a(.href(SiteURL.evaluation.path), .text("← " + context.t("nav.evaluation")))),
            .div(.class("page-head"),
                 .h1(.text(context.t("evaluation.run_title", ["year": String(model.run.year), "version": String(model.run.version)]))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.evaluationExport(id: model.runID.uuidString, format: "csv").path), .text(context.t("enterprises.export_csv"))),
                      .a(.class("button"), .href(SiteURL.evaluationExport(id: model.runID.uuidString, format: "xlsx").path), .text(context.t("enterprises.export_xlsx"))),
                      .a(.class("button"), .href(SiteURL.evaluationExport(id: model.runID.uuidString, format: "csv").path + "?headers=machine"),
                         .attribute(named: "title", value: context.t("export.machine_headers_hint")),
                         .text(context.t("export.machine_headers"))))),
            .p(.class("muted"), .text(context.t("evaluation.run_facts", ["method": ui.methodName(model.run), "source": model.run.source,
                                                                         "digest": String(model.run.inputDigest.prefix(12)), "actor": model.run.actor]))),
            ui.publicationNotice(model.run),
            .if(model.mayPublish && !model.run.isPublished, .form(
                .method(.post), .action(SiteURL.evaluationPublish(id: model.runID.uuidString).path), .class("inline"),
                Layout.csrfField(context),
                .unwrap(model.publishedOfYear) { other in
                    .p(.class("hint"), .text(context.t("evaluation.publish_replaces", ["version": String(other.version)])))
                },
                .button(.type(.submit), .class("primary"), .text(context.t("evaluation.publish", ["year": String(model.run.year)]))))),
            .div(.class("chart-grid"),
                 ui.chartBox(context.t("evaluation.distribution"), ui.classBars(model.overall)),
                 ui.chartBox(context.t("evaluation.histogram"), model.histogram.map { BarChart.Bar(label: $0.label, value: Double($0.count)) }),
                 ui.chartBox(context.t("evaluation.by_town"), ui.shareBars(model.byTown, label: ui.townName)),
                 ui.chartBox(context.t("evaluation.by_industry"), ui.shareBars(model.byIndustry, label: { IndustryNames.name(of: $0, in: context.environment).map { context.t($0) } ?? $0 }))),
            .h2(.text(context.t("evaluation.firms_list", ["count": String(model.total)]))),
            .nav(.class("tabs"),
                 .a(.href(SiteURL.evaluationRun(id: model.runID.uuidString).path), .text(context.t("common.all")), .if(model.classFilter == nil, .class("active"))),
                 .forEach(EvaluationClass.allCases) { cls in
                     .a(.href(SiteURL.evaluationRun(id: model.runID.uuidString).path + "?class=\(cls.rawValue)"), .text(ui.text(cls.name)),
                        .if(model.classFilter == cls.rawValue, .class("active")))
                 }),
            ui.resultsTable(model.rows, runID: model.runID),
            .if(model.page * model.perPage < model.total, .p(.a(.class("button"),
                .href(SiteURL.evaluationRun(id: model.runID.uuidString).path + "?page=\(model.page + 1)" + (model.classFilter.map { "&class=\($0)" } ?? "")),
                .text(context.t("common.next_page")))))
        )
    }
}
