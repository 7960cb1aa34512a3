import BaiqiangCore
import Foundation

/// The form making a new chain on the page (新建产业链): code and names, chain chief, the lead
/// department picked by name, the first nodes by segment and the first links. What was typed comes
/// back with the refusals, so nothing typed is lost.
enum ChainNewPage {
    struct DepartmentOption: Sendable {
        var code: String
        var name: BilingualText
    }

    struct Model {
        var form: ChainForm
        var departments: [DepartmentOption]
        var issues: [String] = []
    }
}
