import BaiqiangCore
import Foundation

/// The lists of stalled projects (立项未开工, 开工未建设, 建设未竣工, 六未), each project with the
/// days it has been stalled and its linked leader, the longest stalled first.
enum ProjectStalledPage {
    struct Row: Sendable {
        var id: UUID
        var name: String
        var entry: StalledProject
        var isDemo: Bool
    }

    struct Model {
        var lists: [(list: StalledList, rows: [Row])]
        var anyDemo: Bool
    }
}
