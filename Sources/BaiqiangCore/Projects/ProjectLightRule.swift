import Foundation
import Yams

/// A published rule for the lights of a project (项目红黄绿灯规则), kept as data with its source
/// (`Resources/projects/lights-yinchuan-2025.yaml`): lateness of the start (开工), investment
/// progress against the time-elapsed schedule (序时进度) and entry in the statistics database (入库).
public struct ProjectLightRule: Sendable, Hashable, Codable {
    public struct MonthsLate: Sendable, Hashable, Codable {
        public var yellowMonthsLate: Int
        public var redMonthsLate: Int

        enum CodingKeys: String, CodingKey {
            case yellowMonthsLate = "yellow_months_late"
            case redMonthsLate = "red_months_late"
        }
    }

    public struct PointsBehind: Sendable, Hashable, Codable {
        /// Yellow from this many points behind, the boundary included.
        public var yellowFromPointsBehind: Double
        /// Red beyond this many points behind, the boundary itself still yellow.
        public var redOverPointsBehind: Double

        enum CodingKeys: String, CodingKey {
            case yellowFromPointsBehind = "yellow_from_points_behind"
            case redOverPointsBehind = "red_over_points_behind"
        }
    }

    public var id: String
    public var name: BilingualText
    public var source: String
    public var start: MonthsLate
    public var progress: PointsBehind
    public var statisticsEntry: MonthsLate

    enum CodingKeys: String, CodingKey {
        case id, name, source, start, progress
        case statisticsEntry = "statistics_entry"
    }

    /// The rule shipped with the platform.
    public static let bundledPath = "projects/lights-yinchuan-2025.yaml"

    public static func bundled() throws(ProjectLightRuleError) -> ProjectLightRule {
        let text: String
        do {
            text = try CoreResources.text(bundledPath)
        } catch {
            throw ProjectLightRuleError(problem: .unreadable(error), file: bundledPath)
        }
        return try parse(yaml: text, fileName: bundledPath)
    }

    /// Reads and checks a rule file.
    public static func parse(yaml: String, fileName: String? = nil) throws(ProjectLightRuleError) -> ProjectLightRule {
        let root: Yams.Node
        let rule: ProjectLightRule
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw ProjectLightRuleError(problem: .empty, file: fileName) }
            root = composed
            rule = try YAMLDecoder().decode(ProjectLightRule.self, from: root)
        } catch let error as ProjectLightRuleError {
            throw error
        } catch {
            throw ProjectLightRuleError(yaml: error, in: yaml, file: fileName)
        }
        // The rule's own checks point at the part of the file they are about.
        func refuse(_ reason: ProjectLightRuleReason, at node: Yams.Node?) -> ProjectLightRuleError {
            ProjectLightRuleError(reason, file: fileName, line: (node ?? root).mark?.line, column: (node ?? root).mark?.column)
        }
        if rule.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw refuse(.missingSource, at: root["source"])
        }
        for (part, months) in [("start", rule.start), ("statistics_entry", rule.statisticsEntry)] {
            guard months.yellowMonthsLate >= 1, months.redMonthsLate >= months.yellowMonthsLate else {
                throw refuse(.thresholdsOutOfOrder(part), at: root[part])
            }
        }
        guard rule.progress.yellowFromPointsBehind >= 0,
              rule.progress.redOverPointsBehind >= rule.progress.yellowFromPointsBehind else {
            throw refuse(.thresholdsOutOfOrder("progress"), at: root["progress"])
        }
        return rule
    }
}

/// Why a light rule file was refused.
public typealias ProjectLightRuleError = DataFileError<ProjectLightRuleReason>

public enum ProjectLightRuleReason: YAMLFileReason {
    case malformedYAML(YAMLProblem)
    case missingSource
    /// Yellow must come before (or with) red, and lateness starts at one month.
    case thresholdsOutOfOrder(String)

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "灯号规则文件格式不正确：\(problem.detail.zh)", en: "The light rule file is not valid: \(problem.detail.en)")
        case .missingSource:
            BilingualText(zh: "灯号规则必须注明出处（source）", en: "A light rule must name its source")
        case .thresholdsOutOfOrder(let part):
            BilingualText(zh: "“\(part)”的黄灯阈值必须不大于红灯阈值，且月数至少为 1",
                          en: "In “\(part)” the yellow threshold must not exceed the red one, and months start at 1")
        }
    }
}
