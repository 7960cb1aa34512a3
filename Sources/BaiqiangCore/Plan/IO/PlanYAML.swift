import Yams

/// The plan file format (计划文件, YAML): what `baiqiang plan export` writes and `plan import`
/// reads. Reading validates the whole document and either returns it or fails with every issue
/// and its line; writing then reading gives back the same plan.
public enum PlanYAML {
    /// Reads and validates a plan file.
    ///
    /// - Parameters:
    ///   - now: today, for "dated in the future" checks.
    ///   - departments: the department codes owners must come from; nil: the file's own list.
    /// - Throws: `PlanImportFailure` with every issue found.
    public static func read(_ yaml: String, now: PlanDate, departments: Set<String>? = nil) throws(PlanImportFailure) -> PlanDocument {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw PlanImportFailure(issues: [PlanIssue(.syntax, line: 1, path: "",
                                                           reason: BilingualText(zh: "文件为空", en: "the file is empty"))])
            }
            root = node
        } catch let failure as PlanImportFailure {
            throw failure
        } catch {
            throw PlanImportFailure(issues: [syntaxIssue(error, yaml: yaml)])
        }
        var reader = PlanYAMLReader()
        let document = reader.document(root)
        var issues = reader.fields.issues
        if let document {
            issues += PlanValidator(now: now, departments: departments).issues(in: document, lines: reader.fields.lines)
        }
        guard let document, issues.isEmpty else { throw PlanImportFailure(issues: issues) }
        return document
    }

    /// Writes a plan file.
    public static func write(_ plan: PlanDocument) -> String {
        // Serialising a tree built from strings cannot fail in practice; if libyaml ever refuses,
        // crashing here is better than exporting a truncated plan.
        try! Yams.serialize(node: PlanYAMLWriter.node(plan), indent: 2, width: -1, allowUnicode: true)
    }

    private static func syntaxIssue(_ error: Error, yaml: String) -> PlanIssue {
        let problem = YAMLProblem.from(error, yaml: yaml)
        return PlanIssue(.syntax, line: problem.line, column: problem.column, path: problem.field ?? "", reason: problem.reason)
    }
}
