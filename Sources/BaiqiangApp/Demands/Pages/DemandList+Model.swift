import BaiqiangCore
import Foundation

/// The demand list of every role: an enterprise's own demands, a department's queue, the
/// centre's whole queue, the overdue list; a page at a time, with the filters that made it.
enum DemandListPage {
    struct Model {
        var filter: DemandStore.Filter
        var demands: [Demand]
        /// The cursor of the next page, when there is one.
        var next: String?
        /// Who is looking, for the actions offered and the list's name.
        var actor: DemandActor
        /// The moment the overdue marks are taken at.
        var now: Date
        /// Why the filter given was refused.
        var error: String?
        /// The county's units, for the pickers and to name towns and handling units.
        var departments: [Department] = []
        var towns: [Town] = []
        /// Firm names by credit code, for the firms on this page.
        var enterpriseNames: [String: String] = [:]

        var units: HandlingUnitPicker { HandlingUnitPicker(departments: departments, towns: towns) }
    }

    /// What a demand is about, in a line: the start of its description.
    static func subject(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 40 ? String(line.prefix(40)) + "…" : line
    }
}
