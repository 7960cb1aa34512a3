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

    func svg() -> String {
        let xs = series.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { $0.points.map(\.y) } + references.map(\.value)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return #"<svg class="chart" viewBox="0 0 \#(Int(width)) 40" role="img"><title>\#(SVGText.escape(title))</title></svg>"#
        }
        let yScale = NiceScale(minimum: min(minY, 0), maximum: maxY)
        let spanX = max(maxX - minX, 1)
        let plotW = width - margin.left - margin.right, plotH = height - margin.top - margin.bottom
        func px(_ x: Double) -> Double { margin.left + (x - minX) / spanX * plotW }
        func py(_ y: Double) -> Double { margin.top + (1 - (y - yScale.lower) / (yScale.upper - yScale.lower)) * plotH }

        var out = #"<svg class="chart" viewBox="0 0 \#(Int(width)) \#(Int(height))" role="img" xmlns="http://www.w3.org/2000/svg">"#
        out += "<title>\(SVGText.escape(title))</title>"
        for tick in yScale.ticks {
            let y = SVGText.number(py(tick))
            out += #"<line class="grid" x1="\#(SVGText.number(margin.left))" x2="\#(SVGText.number(width - margin.right))" y1="\#(y)" y2="\#(y)"/>"#
            out += #"<text class="axis" x="\#(SVGText.number(margin.left - 6))" y="\#(y)" text-anchor="end" dominant-baseline="middle">\#(SVGText.escape(yLabel(tick)))</text>"#
        }
        for tick in xTicks ?? evenTicks(minX, maxX) where tick >= minX && tick <= maxX {
            let x = SVGText.number(px(tick))
            out += #"<line class="grid" x1="\#(x)" x2="\#(x)" y1="\#(SVGText.number(margin.top))" y2="\#(SVGText.number(height - margin.bottom))"/>"#
            out += #"<text class="axis" x="\#(x)" y="\#(SVGText.number(height - margin.bottom + 18))" text-anchor="middle">\#(SVGText.escape(xLabel(tick)))</text>"#
        }
        for line in references {
            let y = SVGText.number(py(line.value))
            out += #"<line class="ref \#(line.style)" x1="\#(SVGText.number(margin.left))" x2="\#(SVGText.number(width - margin.right))" y1="\#(y)" y2="\#(y)"><title>\#(SVGText.escape(line.label))</title></line>"#
        }
        for s in series where !s.points.isEmpty {
            let path = s.points.map { "\(SVGText.number(px($0.x))),\(SVGText.number(py($0.y)))" }.joined(separator: " ")
            out += #"<polyline class="line \#(s.style) \#(s.stroke.rawValue)" points="\#(path)"><title>\#(SVGText.escape(s.label))</title></polyline>"#
            if s.showsPoints {
                for point in s.points {
                    out += #"<circle class="dot \#(s.style)" cx="\#(SVGText.number(px(point.x)))" cy="\#(SVGText.number(py(point.y)))" r="4"><title>\#(SVGText.escape("\(s.label) \(xLabel(point.x)): \(yLabel(point.y))"))</title></circle>"#
                }
            }
        }
        out += "</svg>"
        return out
    }

    /// About six evenly spaced ticks across the range.
    private func evenTicks(_ minX: Double, _ maxX: Double) -> [Double] {
        guard maxX > minX else { return [minX] }
        let count = 6.0
        return stride(from: 0.0, through: count, by: 1).map { minX + (maxX - minX) * $0 / count }
    }
}
