import Foundation

/// Axis ticks at round numbers (1, 2, 5 × 10ⁿ) covering a range, so a chart's gridlines read
/// as a person would draw them.
struct NiceScale {
    let lower: Double
    let upper: Double
    let step: Double

    init(minimum: Double, maximum: Double, ticks: Int = 5) {
        var low = minimum, high = maximum
        if low == high {
            low -= abs(low) * 0.1 + 1
            high += abs(high) * 0.1 + 1
        }
        let rough = (high - low) / Double(max(ticks, 1))
        let magnitude = pow(10, floor(log10(rough)))
        let fraction = rough / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        step = nice * magnitude
        lower = floor(low / step) * step
        upper = ceil(high / step) * step
    }

    var ticks: [Double] {
        guard step > 0 else { return [lower] }
        return stride(from: lower, through: upper + step / 2, by: step).map { $0 }
    }
}
