import Foundation
import Yams

/// Finding and reading evaluation methods: the ones shipped in `Resources/methods`, or a file.
public enum EvaluationMethods {
    /// The names of the bundled methods, e.g. `zhejiang-6`.
    public static var bundledNames: [String] {
        CoreResources.files(in: "methods")
            .filter { $0.pathExtension == "yaml" }
            .map { $0.deletingPathExtension().lastPathComponent }
    }

    /// Parses and validates a method from its YAML text.
    public static func parse(yaml: String) throws(MethodError) -> EvaluationMethod {
        let definition: MethodDefinition
        do {
            definition = try YAMLDecoder().decode(MethodDefinition.self, from: yaml)
        } catch {
            throw .invalidDocument(YAMLProblem.from(error, yaml: yaml))
        }
        return try EvaluationMethod(validating: definition)
    }

    /// A bundled method by name (`zhejiang-6`, `huangyan-2022`).
    /// The method a run asks for: the county's own as YAML when given (validated), else the
    /// shipped method of that name. The name is checked like every code users type.
    public static func named(_ name: String, yaml: String?) throws -> EvaluationMethod {
        var check = FieldChecker()
        check.text(name, .code, field: "method")
        try check.finish()
        if let yaml = yaml?.trimmingCharacters(in: .whitespacesAndNewlines), !yaml.isEmpty {
            return try parse(yaml: yaml)
        }
        return try bundled(name)
    }

    public static func bundled(_ name: String) throws(MethodError) -> EvaluationMethod {
        guard !name.contains("/"), let text = try? CoreResources.text("methods/\(name).yaml") else {
            throw .notFound(name)
        }
        return try parse(yaml: text)
    }

    /// A method from a file path.
    public static func file(atPath path: String) throws(MethodError) -> EvaluationMethod {
        guard let data = FileManager.default.contents(atPath: path) else { throw .notFound(path) }
        return try parse(yaml: String(decoding: data, as: UTF8.self))
    }

    /// What `--method NAME|FILE` means: a bundled name first, else a file path.
    public static func load(_ nameOrPath: String) throws(MethodError) -> EvaluationMethod {
        if bundledNames.contains(nameOrPath) { return try bundled(nameOrPath) }
        return try file(atPath: nameOrPath)
    }
}
