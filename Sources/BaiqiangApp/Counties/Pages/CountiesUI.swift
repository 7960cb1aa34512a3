import BaiqiangCore
import BaiqiangHTML
import Foundation

/// What the county pages share: how a figure, a rank and a citation read.
enum CountiesText {
    /// A figure under a heading that names its unit (`heading`), in the reader's unit.
    static func value(_ value: Double?, _ indicator: RegionalIndicator, _ context: PageContext) -> String {
        value.map { RegionalFigureText.number($0, indicator, context.language) } ?? "—"
    }

    /// A figure with its unit, where nothing around it names the unit.
    static func quantity(_ value: Double?, _ indicator: RegionalIndicator, _ context: PageContext) -> String {
        value.map { RegionalFigureText.quantity($0, indicator, context.language) } ?? "—"
    }

    /// The indicator's name and the unit its figures are shown in.
    static func heading(_ indicator: RegionalIndicator, _ context: PageContext) -> String {
        RegionalFigureText.heading(indicator, context.language)
    }

    static func growth(_ percent: Double?) -> String {
        guard let percent else { return "—" }
        return (percent > 0 ? "+" : "") + NumberText.number(percent) + "%"
    }

    static func rank(_ rank: RegionalRanking.Rank?, _ context: PageContext) -> String {
        guard let rank else { return "—" }
        return context.language == .en ? "\(rank.rank) of \(rank.of)" : "第 \(rank.rank) / \(rank.of)"
    }

    /// The 演示数据 label beside a generated figure: it is never shown as published.
    static func demo(_ figure: RegionalFigure?, _ context: PageContext) -> Node {
        .if(figure?.isDemo == true, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))
    }

    static func citation(_ citation: Citation?, _ context: PageContext) -> Node {
        guard let citation else { return .span(.class("muted"), .text(context.t("counties.no_source"))) }
        return .span(.class("citation"), .text(context.t(citation.text)))
    }

    /// A line of a unit's yearly values, scaled to its own range: the shape, not the size.
    static func sparkline(_ values: [Double], label: String) -> Node {
        guard values.count >= 2, let low = values.min(), let high = values.max() else { return .text("") }
        let width = 80.0, height = 20.0
        let span = high - low
        let points = values.enumerated().map { index, value in
            let x = Double(index) / Double(values.count - 1) * width
            let y = span > 0 ? height - 2 - (value - low) / span * (height - 4) : height / 2
            return SVGText.number(x) + "," + SVGText.number(y)
        }.joined(separator: " ")
        return .chart(class: "sparkline", width: width, height: height, title: label,
                      [.polyline(.attribute(named: "points", value: points), .attribute(named: "fill", value: "none"),
                                 .attribute(named: "stroke", value: "currentColor"))])
    }
}
