import BaiqiangCore
import Foundation

/// The county's low-efficiency rules (低效用地认定规则): the rules in force with their numbers and
/// sources, where they come from (the shipped file or a saved version), the earlier versions, and
/// for the land bureau and administrators the file to change them with.
enum LandRulesPage {
    struct Model {
        var rules: [LowEfficiencyRule]
        /// nil: the shipped rules.
        var version: Int?
        var versions: [LandStore.RuleVersion]
        var mayKeep: Bool
        /// The text the form shows: the rules in force, or what was sent when it is refused.
        var yaml: String
        var reason: String = ""
        var error: String?
        var notice: String?
    }
}
