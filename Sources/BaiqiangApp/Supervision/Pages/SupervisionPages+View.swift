import BaiqiangCore
import BaiqiangHTML
import Foundation

/// The supervision pages: one column of cards and forms, so a supervisor can file from a phone
/// (390 px), with tables only where the discipline office reads many rows at a desk.
extension SupervisionPages {
    static func demo(_ isDemo: Bool, _ context: PageContext) -> Node {
        .if(isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))
    }

    static func list(_ model: ListModel, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("supervision.title"), active: nil,
            .h1(.text(context.t("supervision.title"))),
            .p(.class("muted"), .text(context.t(model.isOffice ? "supervision.office_intro" : "supervision.supervisor_intro"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("supervision.demo_notice"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .unwrap(model.fileRefusal) { Layout.notice("warning", context.t($0)) },
            .if(model.maySeeSummary || model.isOffice, .p(
                .if(model.maySeeSummary, .a(.href(SiteURL.supervisionSummary.path), .text(context.t("supervision.summary")))),
                .if(model.isOffice, .text(" · ")),
                .if(model.isOffice, .a(.href(SiteURL.supervisionSupervisors.path), .text(context.t("supervision.supervisors")))))),
            .if(model.mayFile, fileForm(model, context)),
            .h2(.text(context.t(model.isOffice ? "supervision.all_reports" : "supervision.my_reports"))),
            .if(model.reports.isEmpty, .p(.class("muted"), .text(context.t("supervision.none")))),
            .forEach(model.reports) { report in
                .article(.class("card"),
                    .h3(.a(.href(SiteURL.supervisionReport(id: report.id.uuidString).path), .text(context.t(report.type))),
                        demo(report.isDemo, context)),
                    .p(.text(context.t("supervision.unit") + "：" + context.t(report.unit))),
                    .p(.class("muted"), .text(context.t("supervision.filed_on") + " " + report.filedOn + " · " + context.t(report.status.label)),
                       .unwrap(report.handling.outcome) { .text(" · " + context.t($0.label)) }),
                    .unwrap(report.supervisor) { .p(.class("muted"), .text(context.t("supervision.supervisor") + "：" + $0)) })
            },
            .unwrap(model.nextCursor) { cursor in
                .nav(.class("pagination"), .a(.href(SiteURL.supervision.path + "?cursor=" + (cursor.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")),
                                              .text(context.t("projects.next"))))
            })
    }

    static func fileForm(_ model: ListModel, _ context: PageContext) -> Node {
        .form(.method(.post), .action(SiteURL.supervision.path), .class("stacked"),
            Layout.csrfField(context),
            .h2(.text(context.t("supervision.file"))),
            .label(.text(context.t("supervision.type")),
                   .select(.attribute(named: "name", value: "type"),
                           .forEach(model.types) { type in FormNodes.option(type.code, context.t(type.name)) })),
            .label(.text(context.t("supervision.unit")),
                   .select(.attribute(named: "name", value: "unit"),
                           .forEach(model.units) { unit in FormNodes.option(unit.unit, context.t(unit.name)) })),
            .label(.text(context.t("supervision.occurred_on")),
                   .input(.type(.date), .name("occurred_on"), .max(model.today), .required(true))),
            .label(.text(context.t("supervision.description")),
                   .textarea(.name("description"), .maxlength(SupervisionReportDraft.descriptionLimit), .required(true))),
            .button(.type(.submit), .class("primary"), .text(context.t("supervision.submit"))))
    }

    static func report(_ model: ReportModel, _ context: PageContext) -> HTML {
        let report = model.report, handling = report.handling
        return Layout.page(context, title: context.t("supervision.report"), active: nil,
            .h1(.text(context.t(report.type)), demo(report.isDemo, context)),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .dl(.class("facts"),
                .dt(.text(context.t("supervision.unit"))), .dd(.text(context.t(report.unit))),
                .dt(.text(context.t("supervision.occurred_on"))), .dd(.text(report.occurredOn)),
                .dt(.text(context.t("supervision.filed_on"))), .dd(.text(report.filedOn)),
                .unwrap(report.supervisor) { name in .group(.dt(.text(context.t("supervision.supervisor"))), .dd(.text(name))) },
                .dt(.text(context.t("supervision.status"))), .dd(.text(context.t(report.status.label))),
                .unwrap(handling.acceptedOn) { day in .group(.dt(.text(context.t("supervision.accepted_on"))), .dd(.text(day.description))) },
                .unwrap(handling.investigationOn) { day in .group(.dt(.text(context.t("supervision.investigation_on"))), .dd(.text(day.description))) },
                .unwrap(handling.concludedOn) { day in .group(.dt(.text(context.t("supervision.concluded_on"))), .dd(.text(day.description))) },
                .unwrap(handling.outcome) { outcome in .group(.dt(.text(context.t("supervision.outcome"))), .dd(.text(context.t(outcome.label)))) },
                .unwrap(handling.actionTaken) { text in .group(.dt(.text(context.t("supervision.action_taken"))), .dd(.text(text))) }),
            .h2(.text(context.t("supervision.description"))),
            .p(.class("prewrap"), .text(report.description)),
            .if(model.mayHandle && report.status != .concluded, handleForm(model, context)),
            .p(.a(.href(SiteURL.supervision.path), .text(context.t("supervision.back")))))
    }

    static func handleForm(_ model: ReportModel, _ context: PageContext) -> Node {
        let status = model.report.status
        let steps: [(String, String)] = (status == .submitted ? [("accept", "supervision.accept")] : [])
            + (status == .accepted ? [("investigate", "supervision.investigate")] : [])
            + (status == .accepted || status == .investigating ? [("conclude", "supervision.conclude")] : [])
        return .form(.method(.post), .action(SiteURL.supervisionReportHandling(id: model.report.id.uuidString).path), .class("stacked"),
            Layout.csrfField(context),
            .h2(.text(context.t("supervision.handle"))),
            .label(.text(context.t("supervision.step")),
                   .select(.attribute(named: "name", value: "action"),
                           .forEach(steps) { step in FormNodes.option(step.0, context.t(step.1)) })),
            .label(.text(context.t("supervision.date")),
                   .input(.type(.date), .name("date"), .value(model.today), .min(model.report.filedOn), .required(true))),
            .label(.text(context.t("supervision.outcome")),
                   .select(.attribute(named: "name", value: "outcome"),
                           FormNodes.option("", "—"),
                           .forEach(SupervisionOutcome.allCases) { outcome in FormNodes.option(outcome.rawValue, context.t(outcome.label)) })),
            .label(.text(context.t("supervision.action_taken")),
                   .textarea(.name("action_taken"), .maxlength(SupervisionHandling.actionLimit))),
            .button(.type(.submit), .class("primary"), .text(context.t("supervision.save"))))
    }

    static func summary(_ model: SummaryModel, _ context: PageContext) -> HTML {
        func table(_ heading: String, _ lines: [SummaryModel.Line]) -> Node {
            .group(.h2(.text(context.t(heading))),
                   .if(lines.isEmpty, .p(.class("muted"), .text("—"))),
                   .if(!lines.isEmpty, .table(.class("data"),
                       .tbody(.forEach(lines) { line in .tr(.td(.text(context.t(line.name))), .td(.class("num"), .text(String(line.count)))) }))))
        }
        return Layout.page(context, title: context.t("supervision.summary_title", ["year": String(model.year)]), active: nil,
            .h1(.text(context.t("supervision.summary_title", ["year": String(model.year)]))),
            .p(.class("muted"), .text(context.t("supervision.summary_intro"))),
            .if(model.anyDemo, Layout.notice("warning", context.t("supervision.demo_notice"))),
            .nav(.class("pagination"),
                 .a(.href(SiteURL.supervisionSummary.path + "?year=\(model.year - 1)"), .text(String(model.year - 1))),
                 .span(.text(" \(model.year) ")),
                 .a(.href(SiteURL.supervisionSummary.path + "?year=\(model.year + 1)"), .text(String(model.year + 1)))),
            .p(.text(context.t("supervision.summary_total", ["total": String(model.total), "open": String(model.open)]))),
            table("supervision.by_type", model.byType),
            table("supervision.by_unit", model.byUnit),
            table("supervision.by_outcome", model.byOutcome))
    }

    static func supervisors(_ model: SupervisorsModel, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("supervision.supervisors"), active: nil,
            .h1(.text(context.t("supervision.supervisors"))),
            .unwrap(model.error) { Layout.notice("error", $0) },
            .if(model.supervisors.isEmpty, .p(.class("muted"), .text(context.t("supervision.no_supervisors")))),
            .forEach(model.supervisors) { row in
                .article(.class("card"),
                    .h3(.text(row.name), demo(row.isDemo, context)),
                    .p(.text(row.unit)),
                    .p(.class("muted"), .text(row.termStart + " – " + row.termEnd + " · "
                        + context.t(row.active ? "supervision.in_term" : "supervision.out_of_term"))))
            },
            .form(.method(.post), .action(SiteURL.supervisionSupervisors.path), .class("stacked"),
                Layout.csrfField(context),
                .h2(.text(context.t("supervision.appoint"))),
                .label(.text(context.t("supervision.username")), .input(.type(.text), .name("username"), .maxlength(60), .required(true))),
                .label(.text(context.t("supervision.name")), .input(.type(.text), .name("name"), .maxlength(SupervisorTerm.nameLimit), .required(true))),
                .label(.text(context.t("supervision.from_unit")), .input(.type(.text), .name("unit"), .maxlength(SupervisorTerm.unitLimit), .required(true))),
                .label(.text(context.t("supervision.term_start")), .input(.type(.date), .name("term_start"), .required(true))),
                .label(.text(context.t("supervision.term_end")), .input(.type(.date), .name("term_end"), .required(true))),
                .button(.type(.submit), .class("primary"), .text(context.t("supervision.save")))),
            .p(.a(.href(SiteURL.supervision.path), .text(context.t("supervision.back")))))
    }
}
