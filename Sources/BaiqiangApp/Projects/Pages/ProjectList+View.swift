import BaiqiangCore
import BaiqiangHTML
import Foundation

extension ProjectListPage {
    static let columns: [ProjectStage] = ProjectStage.pipeline + [.terminated]

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let townNames = Dictionary(uniqueKeysWithValues: model.towns.map { ($0.code, $0.name(context)) })
        return Layout.page(context, title: context.t("nav.projects"), active: .projects,
            .div(.class("page-head"), .h1(.text(context.t("nav.projects"))),
                 .nav(.class("page-actions"), .a(.class("button"), .href(SiteURL.projectsStalled.path), .text(context.t("projects.stalled"))),
                      .a(.class("button"), .href(SiteURL.projectsRates.path), .text(context.t("projects.rates"))),
                      .a(.class("button"), .href(exportLink("csv", model.filter)), .text(context.t("projects.export_csv"))),
                      .a(.class("button"), .href(exportLink("xlsx", model.filter)), .text(context.t("projects.export_xlsx"))))),
            .p(.class("muted"), .text(context.t("projects.intro"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("projects.demo_notice"))),
            filterForm(model, context),
            .p(.text(context.t("projects.total", ["count": String(model.total)]))),
            funnel(model, context),
            .if(model.cards.isEmpty, Layout.notice("info", context.t("projects.none"))),
            .div(.class("kanban"), .forEach(columns) { stage in
                let cards = model.cards.filter { $0.stage == stage }
                return .section(.class("kanban-column"),
                    .h2(.text(context.t(stage.label)), .span(.class("count"), .text(" \(model.counts[stage] ?? 0)"))),
                    .ul(.forEach(cards) { card in
                        .li(.class("kanban-card"),
                            .a(.href(SiteURL.project(id: card.id.uuidString).path), .text(card.name)),
                            ProjectText.demo(card.isDemo, context),
                            .if(card.isKey, .span(.class("badge"), .text(context.t("projects.key")))),
                            .div(.class("muted"), .text("\(card.townCode.map { townNames[$0] ?? $0 } ?? "—") · \(ProjectText.yi(card.investmentYi, context))")))
                    }))
            }),
            .if(model.pageCount > 1, .nav(.class("pagination"),
                .if(model.page > 1, .a(.href(link(model, page: model.page - 1)), .text(context.t("projects.previous")))),
                .span(.text(" \(model.page) / \(model.pageCount) ")),
                .if(model.page < model.pageCount, .a(.href(link(model, page: model.page + 1)), .text(context.t("projects.next")))))))
    }

    /// How many reached each stage, as centred bars narrowing down the pipeline.
    static func funnel(_ model: Model, _ context: PageContext) -> Node {
        let steps = model.funnel
        let width = 640.0, row = 26.0, labelWidth = 90.0
        let widest = Double(max(steps.map(\.count).max() ?? 0, 1))
        let space = width - labelWidth - 60
        let rows: [Node] = steps.enumerated().map { index, step in
            let y = Double(index) * row + 4
            let w = max(Double(step.count) / widest * space, step.count > 0 ? 2 : 0)
            let x = labelWidth + (space - w) / 2
            let label = context.t(step.stage.label)
            return .group(
                .svgText(.class("axis"), .x(labelWidth - 8), .y(y + row / 2), .textAnchor("end"), .middleBaseline(), .text(label)),
                .rect(.class("bar-default"), .x(x), .y(y + 3), .width(w), .height(row - 8), .svgTitle("\(label): \(step.count)")),
                .svgText(.class("axis"), .x(labelWidth + space + 8), .y(y + row / 2), .middleBaseline(), .text(String(step.count))))
        }
        return .chart(class: "chart funnel", width: width, height: Double(steps.count) * row + 8, title: context.t("projects.funnel"), rows)
    }

    /// The export of the list as filtered.
    static func exportLink(_ format: String, _ filter: ProjectsStore.Filter) -> String {
        var components = URLComponents()
        components.path = SiteURL.projectsExport(format: format).path
        let items = [("q", filter.text), ("stage", filter.stage?.rawValue), ("town", filter.townCode), ("channel", filter.channel?.rawValue)]
            .compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? components.path
    }

    static func filterForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.projects.path), .class("filters"),
              .input(.type(.search), .name("q"), .value(model.filter.text ?? ""), .maxlength(TextFieldKind.name.maximumLength),
                     .placeholder(context.t("projects.search"))),
              .select(.attribute(named: "name", value: "stage"),
                      FormNodes.option("", context.t("projects.all_stages")),
                      .forEach(columns) { FormNodes.option($0.rawValue, context.t($0.label), selected: $0 == model.filter.stage) }),
              .select(.attribute(named: "name", value: "town"),
                      FormNodes.option("", context.t("projects.all_towns")),
                      .forEach(model.towns) { FormNodes.option($0.code, $0.name(context), selected: $0.code == model.filter.townCode) }),
              .select(.attribute(named: "name", value: "channel"),
                      FormNodes.option("", context.t("projects.all_channels")),
                      .forEach(ProjectChannel.allCases) { FormNodes.option($0.rawValue, context.t($0.label), selected: $0 == model.filter.channel) }),
              .button(.type(.submit), .text(context.t("common.filter"))))
    }

    static func link(_ model: Model, page: Int) -> String {
        var components = URLComponents()
        components.path = SiteURL.projects.path
        components.queryItems = [("q", model.filter.text), ("stage", model.filter.stage?.rawValue), ("town", model.filter.townCode),
                                 ("channel", model.filter.channel?.rawValue), ("page", String(page))]
            .compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        return components.string ?? SiteURL.projects.path
    }
}
