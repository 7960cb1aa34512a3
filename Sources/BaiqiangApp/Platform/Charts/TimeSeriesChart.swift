import BaiqiangHTML
import Foundation

/// A line chart over time, rendered on the server as SVG (no JavaScript, no CDN): series of
/// points, drawn solid, dashed or dotted, with optional horizontal reference lines.
struct TimeSeriesChart {
    enum Stroke: String {
        case solid, dashed, dotted
    }

    struct Series {
        var label: String
        /// CSS class giving the colour (see app.css `.chart .s-…`).
        var style: String
        var stroke: Stroke
        var showsPoints: Bool
        /// x is a day number; y the value.
        var points: [(x: Double, y: Double)]
    }

    struct ReferenceLine {
        var label: String
        var style: String
        var value: Double
    }

    var title: String
    var series: [Series]
    var references: [ReferenceLine] = []
    var width: Double = 760
    var height: Double = 320
    /// Turns a day number into an axis label.
    var xLabel: (Double) -> String
    var yLabel: (Double) -> String
    /// Where to put the x-axis ticks (whole years, say); about six evenly spaced when nil.
    var xTicks: [Double]? = nil

    private let margin = (top: 16.0, right: 24.0, bottom: 36.0, left: 72.0)

    func svg() -> Node {
        let xs = series.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { $0.points.map(\.y) } + references.map(\.value)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return .chart(class: "chart", width: width, height: 40, title: title, [])
        }
        let yScale = NiceScale(minimum: min(minY, 0), maximum: maxY)
        let spanX = max(maxX - minX, 1)
        let plotW = width - margin.left - margin.right, plotH = height - margin.top - margin.bottom
        func px(_ x: Double) -> Double { margin.left + (x - minX) / spanX * plotW }
        func py(_ y: Double) -> Double { margin.top + (1 - (y - yScale.lower) / (yScale.upper - yScale.lower)) * plotH }

        var content: [Node] = []
        for tick in yScale.ticks {
            content.append(.line(.class("grid"), .x1(margin.left), .x2(width - margin.right), .y1(py(tick)), .y2(py(tick))))
            content.append(.svgText(.class("axis"), .x(margin.left - 6), .y(py(tick)), .textAnchor("end"), .middleBaseline(),
                                    .text(yLabel(tick))))
        }
        for tick in xTicks ?? evenTicks(minX, maxX) where tick >= minX && tick <= maxX {
            content.append(.line(.class("grid"), .x1(px(tick)), .x2(px(tick)), .y1(margin.top), .y2(height - margin.bottom)))
            content.append(.svgText(.class("axis"), .x(px(tick)), .y(height - margin.bottom + 18), .textAnchor("middle"),
                                    .text(xLabel(tick))))
        }
        for line in references {
            content.append(.line(.class("ref \(line.style)"), .x1(margin.left), .x2(width - margin.right),
                                 .y1(py(line.value)), .y2(py(line.value)), .svgTitle(line.label)))
        }
        for s in series where !s.points.isEmpty {
            let path = s.points.map { "\(SVGText.number(px($0.x))),\(SVGText.number(py($0.y)))" }.joined(separator: " ")
            content.append(.polyline(.class("line \(s.style) \(s.stroke.rawValue)"), .attribute(named: "points", value: path),
                                     .svgTitle(s.label)))
            if s.showsPoints {
                for point in s.points {
                    content.append(.circle(.class("dot \(s.style)"), .attribute(named: "cx", value: SVGText.number(px(point.x))),
                                           .attribute(named: "cy", value: SVGText.number(py(point.y))),
                                           .attribute(named: "r", value: "4"),
                                           .svgTitle("\(s.label) \(xLabel(point.x)): \(yLabel(point.y))")))
                }
            }
        }
        return .chart(class: "chart", width: width, height: height, title: title, content)
    }

    /// About six evenly spaced ticks across the range.
    private func evenTicks(_ minX: Double, _ maxX: Double) -> [Double] {
        guard maxX > minX else { return [minX] }
        let count = 6.0
        return stride(from: 0.0, through: count, by: 1).map { minX + (maxX - minX) * $0 / count }
    }
}
