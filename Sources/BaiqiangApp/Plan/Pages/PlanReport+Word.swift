import BaiqiangCore

/// The monthly report as a Word document (.docx) for officials to edit and forward: the same
/// figures as the printed report — the light counts, each area's targets with value, light and
/// citation, its milestones — and, once the plan is over, its final review instead.
extension PlanReportPage {
    static func word(_ model: Model, _ context: PageContext) -> WordDocument {
        let snapshot = model.snapshot
        let ui = PlanComponents(context: context, snapshot: snapshot)
        var document = WordDocument()
        document.append(.title(context.t("plan.report_title", ["month": model.month])))
        document.append(.paragraph([WordRun(ui.text(snapshot.document.title), bold: true)]))
        if let period = snapshot.document.effectivePeriod {
            document.append(.paragraph([WordRun(context.t("plan_report.period", [
                "start": period.start.description, "end": period.end.description]))]))
        }
        if let review = snapshot.review {
            document.append(.paragraph([WordRun(context.t("plan_periods.review_notice", [
                "start": snapshot.document.effectivePeriod?.start.description ?? "—", "end": review.end.description]))]))
        } else {
            document.append(.paragraph([WordRun(context.t("plan.as_of_today", ["date": snapshot.today.description]))]))
        }
        if model.restsOnDemo {
            document.append(.paragraph([WordRun(context.t("plan_report.demo_notice"), bold: true, colour: .red)]))
        }
        document.append(.heading(context.t(snapshot.review == nil ? "plan_report.light_counts" : "plan_report.verdict_counts"), level: 1))
        document.append(.table(counts(ui)))
        for area in snapshot.document.areas {
            let rows = model.rows(of: area)
            document.append(.heading(ui.text(area.name), level: 1))
            if let progress = snapshot.evaluation.areas[area.code]?.displayProgress {
                document.append(.paragraph([WordRun(context.t("plan.area_progress", ["progress": NumberText.percent(progress)]))]))
            }
            if rows.isEmpty {
                document.append(.paragraph([WordRun(context.t("plan.no_kpis"))]))
            } else {
                document.append(.table(snapshot.review.map { targetsTable(ui, rows: rows, review: $0) } ?? targetsTable(ui, rows: rows)))
            }
            let milestones = area.lines.flatMap(\.items).flatMap(\.milestones)
            document.append(.heading(context.t("plan.milestones"), level: 2))
            if milestones.isEmpty {
                document.append(.paragraph([WordRun(context.t("plan.no_milestones"))]))
            } else {
                document.append(.table(milestonesTable(ui, milestones)))
            }
        }
        return document
    }

    /// How many targets have each light, or each verdict once the plan is over.
    static func counts(_ ui: PlanComponents) -> WordTable {
        let context = ui.context, snapshot = ui.snapshot
        let targets = snapshot.kpiRows.filter { !$0.isMonitoring }
        if let review = snapshot.review {
            let verdicts = targets.compactMap { review.kpis[$0.kpi.code]?.verdict }
            return WordTable(header: [context.t("plan_periods.verdict"), context.t("plan_report.targets")],
                             rows: KPIVerdict.allCases.map { verdict in
                                 [[WordRun(ui.text(verdict.label), bold: true, colour: colour(PlanReviewParts.lightClass(verdict)))],
                                  [WordRun(String(verdicts.filter { $0 == verdict }.count))]]
                             })
        }
        let lights = targets.map { $0.evaluation?.light ?? .grey }
        return WordTable(header: [context.t("plan.light"), context.t("plan_report.targets")],
                         rows: PlanLight.allCases.map { light in
                             [[WordRun(ui.text(light.label), bold: true, colour: colour(light))],
                              [WordRun(String(lights.filter { $0 == light }.count))]]
                         })
    }

    /// A running plan's targets: latest value, target, progress against the schedule, light, source.
    static func targetsTable(_ ui: PlanComponents, rows: [KPIRow]) -> WordTable {
        let context = ui.context
        return WordTable(
            header: [context.t("plan.kpi"), context.t("plan.latest"), context.t("plan.target"), context.t("plan.progress"),
                     context.t("plan.schedule"), context.t("plan.light"), context.t("plan.source")],
            rows: rows.map { row in
                let latest = row.evaluation?.latest
                let light = row.evaluation?.light ?? .grey
                return [[WordRun(ui.text(row.kpi.name))],
                        figure(ui, latest, unit: row.kpi.unit, awaiting: isAwaiting(row)),
                        [WordRun(targetText(ui, row))],
                        [WordRun(row.evaluation?.progress.map { NumberText.percent($0.exact) } ?? "—")],
                        [WordRun(row.evaluation?.schedule.map(NumberText.percent) ?? "—")],
                        row.isMonitoring ? [WordRun("—")] : [WordRun(ui.text(light.label), bold: true, colour: colour(light))],
                        [WordRun(citation(ui, latest))]]
            })
    }

    /// An ended plan's targets: the last figure by the deadline, the verdict and the gap.
    static func targetsTable(_ ui: PlanComponents, rows: [KPIRow], review: PlanReview) -> WordTable {
        let context = ui.context
        return WordTable(
            header: [context.t("plan.kpi"), context.t("plan_periods.final_value"), context.t("plan.target"),
                     context.t("plan_periods.verdict"), context.t("plan_periods.gap_heading"), context.t("plan.source")],
            rows: rows.map { row in
                let kpiReview = review.kpis[row.kpi.code]
                return [[WordRun(ui.text(row.kpi.name))],
                        figure(ui, kpiReview?.final, unit: row.kpi.unit, awaiting: false),
                        [WordRun(targetText(ui, row))],
                        kpiReview?.verdict.map { [WordRun(ui.text($0.label), bold: true, colour: colour(PlanReviewParts.lightClass($0)))] }
                            ?? [WordRun("—")],
                        [WordRun(row.isMonitoring ? "—" : kpiReview.map { PlanReviewParts.gapText(ui, row: row, review: $0) } ?? "—")],
                        [WordRun(citation(ui, kpiReview?.final))]]
            })
    }

    static func milestonesTable(_ ui: PlanComponents, _ milestones: [PlanMilestone]) -> WordTable {
        let context = ui.context, snapshot = ui.snapshot
        return WordTable(
            header: [context.t("plan.milestone"), context.t("plan.planned"), context.t("plan.actual"),
                     context.t(snapshot.review == nil ? "plan.status" : "plan_periods.outcome")],
            rows: milestones.map { milestone in
                let status = snapshot.review?.milestones[milestone.code].map { ui.text($0.outcome.label) }
                    ?? snapshot.evaluation.milestones[milestone.code].map { ui.text($0.status.label) } ?? "—"
                return [[WordRun(ui.text(milestone.name))], [WordRun(milestone.planned.description)],
                        [WordRun(milestone.actual?.description ?? "—")], [WordRun(status)]]
            })
    }

    /// "1,050 亿元 截至 2024-12-31", with 演示数据 beside a figure that rests on demo records.
    static func figure(_ ui: PlanComponents, _ figure: KPIObservation?, unit: String, awaiting: Bool) -> [WordRun] {
        guard let figure else { return [WordRun(ui.context.t(awaiting ? "plan.awaiting_data" : "plan.no_data"))] }
        var runs = [WordRun(ui.quantity(figure.value, unit: unit) + " "),
                    WordRun(ui.context.t("plan.as_of", ["date": figure.date.description]))]
        if let label = figure.provenance.label { runs.append(WordRun(" " + ui.text(label), bold: true, colour: .red)) }
        return runs
    }

    static func isAwaiting(_ row: KPIRow) -> Bool {
        if case .awaitingData? = row.evaluation?.state { return true }
        return false
    }

    static func targetText(_ ui: PlanComponents, _ row: KPIRow) -> String {
        guard let target = row.kpi.target else { return ui.context.t("plan.monitoring") }
        return (target.strict ? ui.context.t("plan.more_than") : "") + ui.quantity(target.value, unit: row.kpi.unit)
            + " · " + (target.deadline?.description ?? "—")
    }

    /// The figure's citation (publisher, title, date, address) or, for one without, its source note.
    static func citation(_ ui: PlanComponents, _ figure: KPIObservation?) -> String {
        guard let figure else { return "—" }
        return figure.citation.map { ui.text($0.text) } ?? figure.source
    }

    static func colour(_ light: PlanLight) -> WordRun.Colour {
        switch light {
        case .achieved: .blue
        case .green: .green
        case .yellow: .amber
        case .red: .red
        case .grey: .grey
        }
    }
}

extension PlanReportPage.Model {
    /// Whether any figure the report shows rests on demo records.
    var restsOnDemo: Bool {
        snapshot.kpiRows.contains { row in
            let shown = snapshot.review.map { $0.kpis[row.kpi.code]?.final } ?? row.evaluation?.latest
            return shown?.provenance.includesDemo == true
        }
    }
}
