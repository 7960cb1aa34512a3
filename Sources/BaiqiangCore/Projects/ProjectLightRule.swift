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
            throw ProjectLightRuleError(.malformed("cannot read: \(error)"), file: bundledPath)
        }
        return try parse(yaml: text, fileName: bundledPath)
    }

    /// Reads and checks a rule file.
    public static func parse(yaml: String, fileName: String? = nil) throws(ProjectLightRuleError) -> ProjectLightRule {
        let rule: ProjectLightRule
        do {
            rule = try YAMLDecoder().decode(ProjectLightRule.self, from: yaml)
        } catch {
            throw ProjectLightRuleError(.malformed(String(describing: error)), file: fileName)
        }
        if rule.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ProjectLightRuleError(.missingSource, file: fileName)
        }
        for (part, months) in [("start", rule.start), ("statistics_entry", rule.statisticsEntry)] {
            guard months.yellowMonthsLate >= 1, months.redMonthsLate >= months.yellowMonthsLate else {
                throw ProjectLightRuleError(.thresholdsOutOfOrder(part), file: fileName)
            }
        }
        guard rule.progress.yellowFromPointsBehind >= 0,
              rule.progress.redOverPointsBehind >= rule.progress.yellowFromPointsBehind else {
            throw ProjectLightRuleError(.thresholdsOutOfOrder("progress"), file: fileName)
        }
        return rule
    }
}

/// Why a light rule file was refused.
public typealias ProjectLightRuleError = DataFileError<ProjectLightRuleReason>

public enum ProjectLightRuleReason: DataFileReason {
    case malformed(String)
    case missingSource
    /// Yellow must come before (or with) red, and lateness starts at one month.
    case thresholdsOutOfOrder(String)

    public var text: BilingualText {
        switch self {
        case .malformed(let detail):
            BilingualText(zh: "灯号规则文件格式不正确：\(detail)", en: "The light rule file is not valid: \(detail)")
        case .missingSource:
            BilingualText(zh: "灯号规则必须注明出处（source）", en: "A light rule must name its source")
        case .thresholdsOutOfOrder(let part):
            BilingualText(zh: "“\(part)”的黄灯阈值必须不大于红灯阈值，且月数至少为 1",
                          en: "In “\(part)” the yellow threshold must not exceed the red one, and months start at 1")
        }
    }
}
