import BaiqiangCore
import Fluent
import Foundation

/// Starting a run: the method by name (shipped) or as YAML (a county's own, validated), the
/// registry's figures of the year as input. Shared by the page, the API and the CLI.
enum EvaluationService {
    static func method(named name: String, yaml: String?) throws -> EvaluationMethod {
        var check = FieldChecker()
        check.text(name, .code, field: "method")
        try check.finish()
        if let yaml = yaml?.trimmingCharacters(in: .whitespacesAndNewlines), !yaml.isEmpty {
            return try EvaluationMethods.parse(yaml: yaml)
        }
        return try EvaluationMethods.bundled(name)
    }

    static func runOverRegistry(method name: String, methodYAML: String?, year: Int, writer: Writer, db: any Database) async throws -> EvaluationRun {
        let method = try method(named: name, yaml: methodYAML)
        guard try await EnterpriseYearFigure.query(on: db).filter(\.$year == year).count() > 0 else {
            throw EvaluationRunner.Failure(message: BilingualText(
                zh: "企业名录中没有 \(year) 年的数据，无法评价", en: "The registry has no figures for \(year) to evaluate"))
        }
        let runner = EvaluationRunner(writer: writer, db: db)
        let input = try await runner.registryInput(year: year)
        return try await runner.run(method: method, year: year, input: input, source: "registry")
    }
}
