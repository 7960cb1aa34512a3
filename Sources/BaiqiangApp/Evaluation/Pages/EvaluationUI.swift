import BaiqiangCore
import Foundation
import BaiqiangHTML

/// The evaluation's views: distributions, the firm list, a firm's explanation in words a firm
/// manager understands, a comparison of two runs, and the consecutive-D list.
struct EvaluationUI {
    let context: PageContext
    /// Town names by code, for pages that list or chart towns.
    var townNames: [String: BilingualText] = [:]

    func text(_ value: BilingualText) -> String { value.text(for: context.language) }

    func methodName(_ run: EvaluationRun) -> String {
        "\(context.language == .en ? run.methodNameEn : run.methodNameZh) (\(run.methodID))"
    }

    func counts(_ json: String) -> [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8))) ?? [:]
    }

    func countsText(_ json: String) -> String {
        let c = counts(json)
        return EvaluationClass.allCases.compactMap { cls in c[cls.rawValue].map { "\(text(cls.name)) \($0)" } }.joined(separator: " · ")
    }

    func townName(_ code: String) -> String { code.isEmpty ? "—" : townNames[code].map(text) ?? code }

    func classBadge(_ cls: String) -> Node {
        .span(.class("class-badge class-\(cls)"), .text(EvaluationClass(rawValue: cls).map { text($0.name) } ?? cls))
    }

    func chartBox(_ title: String, _ bars: [BarChart.Bar]) -> Node {
        .div(.class("chart-box"), .h3(.text(title)),
             bars.isEmpty ? .p(.class("muted"), .text(context.t("common.no_rows"))) : BarChart(title: title, bars: bars).svg())
    }

    func classBars(_ counts: [String: Int]) -> [BarChart.Bar] {
        EvaluationClass.allCases.map { BarChart.Bar(label: text($0.name), value: Double(counts[$0.rawValue] ?? 0), style: "class-\($0.rawValue)") }
    }

    /// The share of A and B among the rated firms of each town or industry, largest first.
    func shareBars(_ groups: [String: [String: Int]], label: (String) -> String) -> [BarChart.Bar] {
        groups.compactMap { key, counts -> BarChart.Bar? in
            let rated = ["A", "B", "C", "D"].reduce(0) { $0 + (counts[$1] ?? 0) }
            guard rated > 0 else { return nil }
            let share = Double((counts["A"] ?? 0) + (counts["B"] ?? 0)) / Double(rated)
            return BarChart.Bar(label: label(key), value: (share * 1000).rounded() / 10, style: "class-B")
        }.sorted { $0.value > $1.value }
    }

    func resultsTable(_ rows: [EvaluationResultRecord], runID: UUID) -> Node {
        guard !rows.isEmpty else { return .p(.class("muted"), .text(context.t("common.no_rows"))) }
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("enterprises.credit_code"))), .th(.text(context.t("enterprises.name"))),
                       .th(.text(context.t("enterprises.town"))), .th(.text(context.t("evaluation.group"))),
                       .th(.text(context.t("evaluation.score"))), .th(.text(context.t("evaluation.rank"))),
                       .th(.text(context.t("evaluation.class"))))),
            .tbody(.forEach(rows) { r in
                .tr(.td(.a(.href(SiteURL.evaluationFirm(id: runID.uuidString, code: r.creditCode).path), .text(r.creditCode))),
                    .td(.text(r.name)), .td(.text(townName(r.town))), .td(.text(context.t("evaluation.group.\(r.group)"))),
                    .td(.class("num"), .text(r.score.map { String(format: "%.2f", $0) } ?? "—")),
                    .td(.class("num"), .text(r.rank.map(String.init) ?? "—")), .td(classBadge(r.evaluationClass)))
            }))
    }

    /// A firm's result: each indicator's value, benchmark, weight and points, and why the
    /// class is what it is.
    func explanation(_ e: FirmExplanation, run: EvaluationRun) -> Node {
        .group(
            .p(.a(.href(SiteURL.evaluationRun(id: run.id?.uuidString ?? "").path), .text("← " + context.t("evaluation.run_title", [
                "year": String(run.year), "version": String(run.version)])))),
            .div(.class("page-head"), .h1(.text(e.name)), classBadge(e.finalClass.rawValue)),
            .if(e.score != nil, .p(.text(context.t("evaluation.firm_summary", [
                "year": String(e.year), "method": methodName(run), "group": context.t("evaluation.group.\(e.scale.rawValue)"),
                "score": e.score.map { String(format: "%.2f", $0) } ?? "—", "rank": e.rank.map(String.init) ?? "—",
                "size": e.groupSize.map(String.init) ?? "—"])))),
            .unwrap(e.statusReason) { Layout.notice("info", text($0)) },
            .if(!e.items.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("evaluation.indicator"))), .th(.text(context.t("evaluation.firm_value"))),
                           .th(.text(context.t("evaluation.benchmark"))), .th(.text(context.t("evaluation.weight"))),
                           .th(.text(context.t("evaluation.points"))), .th(.text(context.t("ladder.note"))))),
                .tbody(.forEach(e.items) { item in
                    .tr(.td(.text(text(item.name))),
                        .td(.class("num"), .text(item.value.map { NumberText.number($0) } ?? "—")),
                        .td(.class("num"), .text(item.benchmark.map { NumberText.number($0) } ?? "—")),
                        .td(.class("num"), .text(NumberText.number(item.weight))),
                        .td(.class("num"), .text(String(format: "%.2f", item.points))),
                        .td(.text(item.value == nil ? context.t("evaluation.filled_by_mean") : "")))
                }))),
            .if(e.score != nil, .h2(.text(context.t("evaluation.class_reason")))),
            .unwrap(e.classByRank) { .p(.text(context.t("evaluation.class_by_rank", ["class": $0.rawValue]))) },
            .ul(.forEach(e.classChanges) { change in
                .li(.text(context.t("evaluation.class_change", ["rule": text(change.ruleName), "from": change.from.rawValue, "to": change.to.rawValue])))
            })
        )
    }

    func comparison(_ a: EvaluationRun, _ b: EvaluationRun, matrix: [String: [String: Int]], changes: [EvaluationStore.Change]) -> Node {
        let classes = EvaluationClass.allCases.map(\.rawValue)
        return .group(
            .p(.a(.href(SiteURL.evaluation.path), .text("← " + context.t("nav.evaluation")))),
            .h1(.text(context.t("evaluation.compare"))),
            .p(.text(context.t("evaluation.compare_runs", ["a": "\(a.year) v\(a.version) · \(methodName(a))", "b": "\(b.year) v\(b.version) · \(methodName(b))"]))),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("evaluation.from_to"))), .forEach(classes) { .th(.text($0)) })),
                .tbody(.forEach(classes) { from in
                    .tr(.th(.text(from)), .forEach(classes) { to in .td(.class("num"), .text(String(matrix[from]?[to] ?? 0))) })
                })),
            .h2(.text(context.t("evaluation.changed", ["count": String(changes.count)]))),
            exportLinks(SiteURL.evaluationCompare.path + "?run=\(a.id?.uuidString ?? "")&run=\(b.id?.uuidString ?? "")&format="),
            .table(.class("data"),
                .thead(.tr(.th(.text(context.t("enterprises.credit_code"))), .th(.text(context.t("enterprises.name"))),
                           .th(.text(context.t("evaluation.class"))))),
                .tbody(.forEach(changes) { c in
                    .tr(.td(.text(c.creditCode)), .td(.text(c.name)), .td(classBadge(c.from), .text(" → "), classBadge(c.to)))
                }))
        )
    }

    func exportLinks(_ prefix: String) -> Node {
        .p(.a(.class("button"), .href(prefix + "csv"), .text(context.t("enterprises.export_csv"))), .text(" "),
           .a(.class("button"), .href(prefix + "xlsx"), .text(context.t("enterprises.export_xlsx"))))
    }

    /// 已发布 (with the day) or 草稿, as a badge in lists.
    func publicationBadge(_ run: EvaluationRun) -> Node {
        guard let day = run.publishedAt else { return .span(.class("badge badge-soon"), .text(context.t("evaluation.status_draft"))) }
        return .span(.class("badge badge-ready"), .text(context.t("evaluation.status_published", ["date": ShanghaiDay.display(day)])))
    }

    /// What a run decides: the published one of its year, or a draft that decides nothing.
    func publicationNotice(_ run: EvaluationRun) -> Node {
        guard let day = run.publishedAt else { return Layout.notice("info", context.t("evaluation.draft_notice")) }
        return Layout.notice("success", context.t("evaluation.published_notice", [
            "year": String(run.year), "date": ShanghaiDay.display(day), "actor": run.publishedBy ?? "—"]))
    }

    func consecutiveD(_ rows: [EvaluationStore.ConsecutiveD], year: Int, basis: EvaluationRun?, schedule: DClassSurcharge) -> Node {
        .group(
            .p(.a(.href(SiteURL.evaluation.path), .text("← " + context.t("nav.evaluation")))),
            .h1(.text(context.t("evaluation.consecutive_d_title", ["year": String(year)]))),
            basis.map { run in
                .p(.text(context.t("evaluation.consecutive_d_basis", ["year": String(run.year), "version": String(run.version),
                                                                     "date": run.publishedAt.map(ShanghaiDay.display) ?? "—"])))
            } ?? Layout.notice("info", context.t("evaluation.no_published_run", ["year": String(year)])),
            .p(.class("muted"), .text(context.t("evaluation.surcharge_schedule", [
                "tiers": schedule.tiers.map { String(format: "+%.2f", $0) }.joined(separator: " / "),
                "source": text(schedule.source.text)]))),
            .if(schedule.isExample, Layout.notice("warning", schedule.note.map(text) ?? context.t("evaluation.surcharge_example"))),
            exportLinks(SiteURL.evaluationConsecutiveD.path + "?year=\(year)&format="),
            .if(rows.isEmpty, .p(.class("muted"), .text(context.t("common.no_rows")))),
            .if(!rows.isEmpty, .table(.class("data"),
                .thead(.tr(.th(.text(context.t("enterprises.credit_code"))), .th(.text(context.t("enterprises.name"))),
                           .th(.text(context.t("evaluation.d_years"))), .th(.text(context.t("evaluation.surcharge"))))),
                .tbody(.forEach(rows) { r in
                    .tr(.td(.text(r.creditCode)), .td(.text(r.name)), .td(.class("num"), .text(String(r.years))),
                        .td(.class("num"), .text(String(format: "+%.2f", r.surcharge))))
                })))
        )
    }
}
