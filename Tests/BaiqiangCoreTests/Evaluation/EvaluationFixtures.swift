@testable import BaiqiangCore

/// One input row, with every figure defaulting to a plain, valid above-scale firm.
struct EvaluationRow {
    var code: String
    var name = "测试企业"
    var town = "沙坪街道"
    var industry = "C38"
    var scale = "above"
    var land = "10"
    var tax = "100"
    var valueAdded = "500"
    var revenue = "5000"
    var energy = "100"
    var emission = "1"
    var electricity = "50"
    var rd = "100"
    var staff = "50"
    var startYear = "2010"
    var flags = ""

    var line: String {
        [code, name, town, industry, scale, land, tax, valueAdded, revenue, energy, emission, electricity, rd, staff, startYear, flags]
            .joined(separator: ",")
    }
}

enum EvaluationFixtures {
    static let header = EvaluationInputCSV.header.joined(separator: ",")

    static func csv(_ rows: [EvaluationRow]) -> String {
        ([header] + rows.map(\.line)).joined(separator: "\n") + "\n"
    }

    static func input(_ rows: [EvaluationRow]) throws -> EvaluationInput {
        try EvaluationInputCSV.read(Array(csv(rows).utf8))
    }

    static func evaluate(_ rows: [EvaluationRow], method: String = "zhejiang-6", year: Int = 2024) throws -> EvaluationResult {
        EvaluationEngine.evaluate(try input(rows), method: try EvaluationMethods.bundled(method), year: year)
    }

    /// The error reading `text` throws, if any.
    static func inputError(_ text: String) -> EvaluationInputError? {
        do {
            _ = try EvaluationInputCSV.read(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    /// `n` above-scale firms with strictly decreasing tax (so scores decrease with the index), codes in order.
    static func ladder(_ n: Int) -> [EvaluationRow] {
        (0..<n).map { i in
            EvaluationRow(code: String(format: "C%04d", i), tax: String(1000 - i))
        }
    }
}

extension EvaluationResult {
    /// Row index of a firm by code.
    func row(_ code: String) -> Int { input.row(creditCode: code)! }
    func classOf(_ code: String) -> EvaluationClass { classes[row(code)] }
}
