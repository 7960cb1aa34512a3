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

    func svg() -> String {
        let height = Double(max(bars.count, 1)) * rowHeight + 8
        let maxValue = max(bars.map(\.value).max() ?? 0, 1)
        let barSpace = width - labelWidth - 70
        var out = #"<svg class="chart bars" viewBox="0 0 \#(Int(width)) \#(Int(height))" role="img" xmlns="http://www.w3.org/2000/svg">"#
        out += "<title>\(SVGText.escape(title))</title>"
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight + 4
            let w = max(bar.value / maxValue * barSpace, bar.value > 0 ? 1 : 0)
            out += #"<text class="axis" x="\#(SVGText.number(labelWidth - 8))" y="\#(SVGText.number(y + rowHeight / 2))" text-anchor="end" dominant-baseline="middle">\#(SVGText.escape(bar.label))</text>"#
            out += #"<rect class="\#(bar.style)" x="\#(SVGText.number(labelWidth))" y="\#(SVGText.number(y + 3))" width="\#(SVGText.number(w))" height="\#(SVGText.number(rowHeight - 8))" rx="3"><title>\#(SVGText.escape("\(bar.label): \(valueLabel(bar.value))"))</title></rect>"#
            out += #"<text class="axis" x="\#(SVGText.number(labelWidth + w + 6))" y="\#(SVGText.number(y + rowHeight / 2))" dominant-baseline="middle">\#(SVGText.escape(valueLabel(bar.value)))</text>"#
        }
        out += "</svg>"
        return out
    }
}
