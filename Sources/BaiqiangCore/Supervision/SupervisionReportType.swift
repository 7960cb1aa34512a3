import Yams

/// A kind of conduct a special supervisor reports (拖延, 推诿刁难, 乱收费, 吃拿卡要 …), as data
/// with its names in both languages (`supervision/report-types.yaml`).
public struct SupervisionReportType: Sendable, Codable, Hashable {
    public var code: String
    public var name: BilingualText

    public init(code: String, name: BilingualText) {
        self.code = code
        self.name = name
    }
}

/// The county's list of report types.
public struct SupervisionReportTypes: Sendable, Equatable {
    public var types: [SupervisionReportType]

    private struct File: Decodable { var types: [SupervisionReportType] }

    public init(types: [SupervisionReportType]) {
        self.types = types
    }

    public static func decode(yaml: String) throws -> SupervisionReportTypes {
        let file = try YAMLDecoder().decode(File.self, from: yaml)
        var seen = Set<String>()
        for type in file.types where !seen.insert(type.code).inserted {
            throw SupervisionInputError(issues: [LocatedIssue(row: nil, column: "types", reason: BilingualText(
                zh: "类型代码“\(type.code)”重复", en: "The type code '\(type.code)' repeats"))])
        }
        return SupervisionReportTypes(types: file.types)
    }

    /// The shipped list.
    public static func bundled() throws -> SupervisionReportTypes {
        try decode(yaml: CoreResources.text("supervision/report-types.yaml"))
    }

    public func type(_ code: String) -> SupervisionReportType? {
        types.first { $0.code == code }
    }

    /// The name a report type shows with; a code no longer in the list shows as itself.
    public func name(_ code: String) -> BilingualText {
        type(code)?.name ?? BilingualText(zh: code, en: code)
    }
}
