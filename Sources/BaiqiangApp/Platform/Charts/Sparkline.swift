import BaiqiangHTML

/// A line of a series' values with no axes, small enough to sit beside a figure: a trend read at
/// a glance (the big screen's trends).
struct Sparkline {
    var title: String
    var values: [Double]
    var width: Double = 240
    var height: Double = 56

    func svg() -> Node {
        let low = values.min() ?? 0, high = values.max() ?? 0
        let span = high - low, step = values.count > 1 ? width / Double(values.count - 1) : 0
        let points = values.enumerated().map { index, value in
            let y = span > 0 ? height - 4 - (value - low) / span * (height - 8) : height / 2
            return SVGText.number(Double(index) * step) + "," + SVGText.number(y)
        }.joined(separator: " ")
        return .chart(class: "chart sparkline", width: width, height: height, title: title,
                      [.polyline(.class("spark"), .attribute(named: "points", value: points))])
    }
}
