import ArgumentParser
import BaiqiangCore
import Foundation

/// `baiqiang evaluate`: the per-mu evaluation of a CSV file by a method, with Core alone
/// (no database, no web stack), so it starts in milliseconds.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Per-mu evaluation (亩均评价) of a CSV file: scores, ranks and classes.")

    @Option(name: .long, help: "A bundled method (zhejiang-6, huangyan-2022) or a method YAML file.")
    var method: String

    @Option(name: .long, help: "The evaluated year, e.g. 2024 (for years in production).")
    var year: Int

    @Option(name: .long, help: "Input CSV: credit_code,name,town,industry,scale,land_mu,… (the columns of the evaluation import template).")
    var input: String

    @Option(name: .long, help: "Output CSV: credit_code,group,score,rank,class.")
    var output: String

    func run() throws {
        do {
            let method = try EvaluationMethods.load(self.method)
            let data = try readInput()
            let firms = try EvaluationInputCSV.read(data)
            let result = EvaluationEngine.evaluate(firms, method: method, year: year)
            let bytes = EvaluationOutputCSV.write(result)
            try Self.write(bytes, to: output)
        } catch let error as any LocatedIssues where error.locatedIssues.count > 1 {
            Self.report(error.message)
            for issue in error.listedIssues {
                let place = [issue.row.map { "row \($0)" }, issue.column].compactMap { $0 }.joined(separator: ", ")
                FileHandle.standardError.write(Data("  [\(place)] \(issue.reason.zh) / \(issue.reason.en)\n".utf8))
            }
            throw ExitCode(2)
        } catch let error as any BilingualError {
            Self.report(error.message)
            throw ExitCode(2)
        } catch {
            Self.report(BilingualText(
                zh: "无法写入输出文件 \(output)：\(error.localizedDescription)",
                en: "Cannot write the output file \(output): \(error.localizedDescription)"))
            throw ExitCode(1)
        }
    }

    /// Atomic, so a failed run never leaves a half-written output; no copy of the bytes is made.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return try Data().write(to: URL(fileURLWithPath: path), options: .atomic) }
            let view = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
            try view.write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    private func readInput() throws -> Data {
        // Mapped rather than read: a 150 MB file costs no copy, only the pages touched.
        do {
            return try Data(contentsOf: URL(fileURLWithPath: input), options: .alwaysMapped)
        } catch {
            throw InputFileError(path: input)
        }
    }

    private static func report(_ message: BilingualText) {
        FileHandle.standardError.write(Data("错误：\(message.zh)\nError: \(message.en)\n".utf8))
    }
}

/// The input file cannot be opened.
private struct InputFileError: BilingualError {
    let path: String
    var message: BilingualText {
        BilingualText(zh: "无法读取输入文件：\(path)", en: "Cannot read the input file: \(path)")
    }
}
