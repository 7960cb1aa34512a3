import BaiqiangCore
import Foundation

/// The form editing a chain as its file: the nodes, links, chief and lead department in one text
/// the county keeps, checked whole when saved.
enum ChainEditPage {
    struct Model {
        var code: String
        var name: BilingualText
        var definition: String
        var issues: [String] = []
    }
}
