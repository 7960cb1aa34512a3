import BaiqiangCore
import Foundation

/// The county's chains with, for each, how many nodes, local firms, pipeline projects and gaps it
/// has as the account sees them; and, for who may, the upload of a chain file.
enum ChainListPage {
    struct Row: Sendable {
        var code: String
        var name: BilingualText
        var chief: String?
        var leadDepartment: String?
        var nodes: Int
        var firms: Int
        var projects: Int
        var gaps: Int
        var thin: Int
    }

    struct Model {
        var rows: [Row]
        var mayImport: Bool
        var anyDemo: Bool
        var notice: String? = nil
        var issues: [String] = []
    }
}
