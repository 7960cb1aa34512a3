import BaiqiangHTML

/// Horizontal bars with labels and values, rendered as SVG on the server: distributions such as
/// firms per class, per town or per score band.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        /// CSS class giving the colour.
        var style: String = "bar-default"
    }

    var title: String
    var bars: [Bar]
    var width: Double = 640
    var rowHeight: Double = 26
    var labelWidth: Double = 150
    var valueLabel: (Double) -> String = { SVGText.number($0) }

    func svg() -> Node {
        let height = Double(max(bars.count, 1)) * rowHeight + 8
        let maxValue = max(bars.map(\.value).max() ?? 0, 1)
        let barSpace = width - labelWidth - 70
        let rows: [Node] = bars.enumerated().map { index, bar in
            let y = Double(index) * rowHeight + 4
            let w = max(bar.value / maxValue * barSpace, bar.value > 0 ? 1 : 0)
            return .group(
                .svgText(.class("axis"), .x(labelWidth - 8), .y(y + rowHeight / 2), .textAnchor("end"), .middleBaseline(),
                         .text(bar.label)),
                .rect(.class(bar.style), .x(labelWidth), .y(y + 3), .width(w), .height(rowHeight - 8),
                      .attribute(named: "rx", value: "3"), .svgTitle("\(bar.label): \(valueLabel(bar.value))")),
                .svgText(.class("axis"), .x(labelWidth + w + 6), .y(y + rowHeight / 2), .middleBaseline(),
                         .text(valueLabel(bar.value))))
        }
        return .chart(class: "chart bars", width: width, height: height, title: title, rows)
    }
}
