import BaiqiangCore
import Foundation

/// The pipeline's rates (履约率, 落地率, 开工率, 资金到位率, 投产率, signed value and count of
/// 十亿项目) over the projects the account may see: in all, and by year of signing, channel,
/// chain and town (Core's `ProjectRates`).
enum ProjectRatesPage {
    struct Group: Sendable {
        /// Catalogue key of the grouping's title.
        var titleKey: String
        var rows: [(label: String, rates: ProjectRates)]
    }

    struct Model {
        var total: ProjectRates
        var groups: [Group]
        var anyDemo: Bool
    }
}
