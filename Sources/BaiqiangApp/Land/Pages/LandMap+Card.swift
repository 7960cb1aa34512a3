import BaiqiangCore

extension LandMapPage {
    /// Above this many shapes a drawing carries no hover cards: a whole town seen at once is too
    /// small to point at one parcel, and its cards would double the bytes. Zooming in asks for a
    /// window of fewer parcels, which carries them again.
    static let cardLimit = 2_000

    /// The CSS class that colours a parcel in the chosen colouring.
    static func category(_ item: EvaluatedParcel, _ colouring: Colouring) -> String {
        switch colouring {
        case .rule: item.findings.isEmpty ? "parcel-ok" : "parcel-low"
        case .holderClass: item.facts.holderClass.map { "class-\($0.rawValue)" } ?? "class-none"
        case .disposal: "disposal-\(item.disposalStatus?.rawValue ?? "none")"
        }
    }

    /// The words of the cards, looked up once for a drawing rather than once for each parcel.
    struct CardLabels {
        let context: PageContext
        let demo: String, mu: String, holderClass: String, disposal: String
        var statuses: [DisposalStatus: String] = [:]

        init(_ context: PageContext) {
            self.context = context
            demo = context.t("common.demo")
            mu = context.t("land.mu")
            holderClass = context.t("land.holder_class")
            disposal = context.t("land.map_disposal")
            for status in DisposalStatus.allCases { statuses[status] = context.t(status.label) }
        }

        /// Number, demo label, town, area, holder, class, disposal and the rules that fire.
        func card(_ item: EvaluatedParcel, townNames: [String: String], holderNames: [String: String]) -> String {
            let record = item.record
            let findings = context.list(item.findings.map { context.t($0.name) })
            return [record.number, item.isDemo ? demo : nil,
                    record.townCode.map { townNames[$0] ?? $0 },
                    "\(NumberText.number(record.area.mu)) \(mu)",
                    record.holderCreditCode.map { holderNames[$0] ?? $0 },
                    item.facts.holderClass.map { "\(holderClass) \($0.rawValue)" },
                    item.disposalStatus.map { "\(disposal) \(statuses[$0] ?? $0.rawValue)" },
                    findings.isEmpty ? nil : findings].compactMap { $0 }.joined(separator: " · ")
        }
    }
}
