import Foundation
import Testing
@testable import BaiqiangCore

/// The engine against a direct, row-by-row reading of the six rules for `zhejiang-6`, on
/// seeded random firms with missing items, flags, new firms, small below-scale firms and ties.
@Suite struct ReferenceComparisonTests {
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func randomRows(_ count: Int, seed: UInt64) -> [EvaluationRow] {
        var rng = SplitMix64(state: seed)
        func number(_ range: ClosedRange<Double>, missing: Double = 0) -> String {
            if Double.random(in: 0..<1, using: &rng) < missing { return "" }
            return String(format: "%.3f", Double.random(in: range, using: &rng))
        }
        var rows: [EvaluationRow] = []
        for i in 0..<count {
            var row = EvaluationRow(code: String(format: "91%06dX%03d", Int.random(in: 0..<999_999, using: &rng), i))
            if i > 0 && Double.random(in: 0..<1, using: &rng) < 0.05 {
                let code = row.code
                row = rows[i - 1]  // equal figures: a tie broken by credit code
                row.code = code
            } else {
                row.scale = Bool.random(using: &rng) ? "above" : "below"
                row.land = number(0...50, missing: 0.02)
                row.tax = number(-5...500, missing: 0.03)
                row.valueAdded = number(0...3000)
                row.revenue = number(0...20000, missing: 0.02)
                row.energy = number(0...800, missing: 0.1)
                row.emission = number(0...5, missing: 0.3)
                row.electricity = number(0...400, missing: 0.1)
                row.rd = number(0...500, missing: 0.1)
                row.staff = String(Int.random(in: 0...400, using: &rng))
                row.startYear = Double.random(in: 0..<1, using: &rng) < 0.05 ? "" : String(Int.random(in: 2015...2024, using: &rng))
                row.flags = ["", "", "", "", "", "veto", "utility", "upgraded", "veto;upgraded"].randomElement(using: &rng)!
            }
            rows.append(row)
        }
        return rows
    }

    /// The six rules, written out the obvious way.
    private func reference(_ rows: [EvaluationRow], year: Int) -> [String: (score: Double?, rank: Int?, cls: String)] {
        func value(_ text: String) -> Double? { text.isEmpty ? nil : Double(text)! }
        let flagsOf = { (row: EvaluationRow) in Set(row.flags.split(separator: ";").map(String.init)) }
        func years(_ row: EvaluationRow) -> Int? { Int(row.startYear).map { year - $0 } }
        var out: [String: (score: Double?, rank: Int?, cls: String)] = [:]
        var groups: [String: [EvaluationRow]] = [:]
        for row in rows {
            if flagsOf(row).contains("utility") || (years(row).map { $0 < 2 } ?? false) {
                out[row.code] = (nil, nil, "T")
            } else if row.scale == "below" && !((value(row.land) ?? -1) >= 3) {
                out[row.code] = (nil, nil, "out")
            } else {
                groups[row.scale, default: []].append(row)
            }
        }
        let items: [String: [(KeyPath<EvaluationRow, String>, KeyPath<EvaluationRow, String>, Double)]] = [
            "above": [(\.tax, \.land, 30), (\.valueAdded, \.land, 20), (\.valueAdded, \.energy, 20),
                      (\.valueAdded, \.emission, 10), (\.valueAdded, \.staff, 10), (\.rd, \.revenue, 10)],
            "below": [(\.tax, \.land, 50), (\.tax, \.electricity, 50)],
        ]
        for (scale, members) in groups {
            var scores = [String: Double]()
            for (numeratorPath, denominatorPath, weight) in items[scale]! {
                func ratio(_ row: EvaluationRow) -> (Double, Double)? {
                    guard let n = value(row[keyPath: numeratorPath]), let d = value(row[keyPath: denominatorPath]), d > 0 else { return nil }
                    return (n, d)
                }
                let valid = members.compactMap(ratio)
                let sumN = valid.map(\.0).reduce(0, +)
                let sumD = valid.map(\.1).reduce(0, +)
                let benchmark = sumD > 0 && sumN / sumD > 0 ? sumN / sumD : 0
                let points = valid.map { benchmark > 0 ? weight * (($0.0 / $0.1) / benchmark) : 0 }
                let mean = points.isEmpty ? 0 : points.reduce(0, +) / Double(points.count)
                for row in members {
                    let p = ratio(row).map { benchmark > 0 ? weight * (($0.0 / $0.1) / benchmark) : 0 } ?? mean
                    scores[row.code, default: 0] += p
                }
            }
            let ranked = members.map(\.code).sorted { a, b in
                scores[a]! != scores[b]! ? scores[a]! > scores[b]! : a.utf8.lexicographicallyPrecedes(b.utf8)
            }
            let n = ranked.count
            for (index, code) in ranked.enumerated() {
                let rank = index + 1
                var cls = rank <= n * 20 / 100 ? "A" : rank <= n * 60 / 100 ? "B" : rank <= n * 95 / 100 ? "C" : "D"
                let row = members.first { $0.code == code }!
                if flagsOf(row).contains("veto") && (cls == "A" || cls == "B") { cls = "C" }
                if (flagsOf(row).contains("upgraded") || (years(row).map { $0 < 3 } ?? false)) && cls == "D" { cls = "C" }
                out[code] = (scores[code]!, rank, cls)
            }
        }
        return out
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func engineMatchesTheReference(seed: UInt64) throws {
        let rows = randomRows(400, seed: seed)
        let result = try EvaluationFixtures.evaluate(rows, year: 2024)
        let expected = reference(rows, year: 2024)
        for row in 0..<result.count {
            let code = result.input.creditCodes[row]
            let want = expected[code]!
            #expect(result.classes[row].rawValue == want.cls, "\(code)")
            #expect(result.rank(row: row) == want.rank, "\(code)")
            if let score = want.score {
                #expect(abs(result.scores[row] - score) <= 1e-9 * max(1, abs(score)), "\(code)")
            } else {
                #expect(result.score(row: row) == nil)
            }
        }
    }
}
