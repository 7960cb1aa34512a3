import Foundation

/// How a KPI's figures change over time, the same from a page, the API or an import: one current
/// figure per date; a second for the same date is a correction that gives its reason and keeps
/// the first, marked corrected, in the history; a figure is withdrawn with a reason; a new figure
/// counts inside at once but waits for review before the public page shows it.
public enum ObservationLedger {
    public struct Refusal: BilingualError, Equatable {
        public let message: BilingualText
        public let kind: FailureKind

        init(_ zh: String, _ en: String, kind: FailureKind = .invalidInput) {
            message = BilingualText(zh: zh, en: en)
            self.kind = kind
        }
    }

    /// Records `observation` (unreviewed) in `kpi`. When the date already has a current figure,
    /// `correction` must give the reason; the old figure is kept as corrected and returned.
    @discardableResult
    public static func record(_ observation: KPIObservation, in kpi: inout KPI, correction: String?) throws(Refusal) -> KPIObservation? {
        var new = observation
        new.status = .current
        new.reason = nil
        new.published = false
        let reason = correction?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var replaced: KPIObservation?
        if let index = currentIndex(on: observation.date, in: kpi) {
            guard !reason.isEmpty else {
                throw Refusal("\(observation.date)已有数值\(PlanYAMLWriter.formatted(kpi.observations[index].value))：如需更正，请说明更正理由",
                              "\(observation.date) already has the figure \(PlanYAMLWriter.formatted(kpi.observations[index].value)): to correct it, give the reason")
            }
            kpi.observations[index].status = .corrected
            kpi.observations[index].reason = reason
            replaced = kpi.observations[index]
        } else if !reason.isEmpty {
            throw Refusal("\(observation.date)没有可更正的数值", "\(observation.date) has no figure to correct")
        }
        kpi.observations.append(new)
        kpi.observations.sort { $0.date < $1.date }
        return replaced
    }

    /// Withdraws the current figure of `date`, giving `reason`; returns it as it was.
    @discardableResult
    public static func withdraw(on date: PlanDate, reason: String, in kpi: inout KPI) throws(Refusal) -> KPIObservation {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let index = currentIndex(on: date, in: kpi) else { throw noFigure(date) }
        guard !reason.isEmpty else { throw Refusal("撤回数值须说明理由", "Give the reason for withdrawing the figure") }
        let before = kpi.observations[index]
        kpi.observations[index].status = .withdrawn
        kpi.observations[index].reason = reason
        return before
    }

    /// Releases the current figure of `date` for the public page; returns it as it was.
    @discardableResult
    public static func publish(on date: PlanDate, in kpi: inout KPI) throws(Refusal) -> KPIObservation {
        guard let index = currentIndex(on: date, in: kpi) else { throw noFigure(date) }
        let before = kpi.observations[index]
        guard !before.published else { throw Refusal("\(date)的数值已发布", "The figure of \(date) is already published") }
        kpi.observations[index].published = true
        return before
    }

    private static func currentIndex(on date: PlanDate, in kpi: KPI) -> Int? {
        kpi.observations.lastIndex { $0.date == date && $0.status == .current }
    }

    private static func noFigure(_ date: PlanDate) -> Refusal {
        Refusal("\(date)没有有效数值", "\(date) has no current figure", kind: .notFound)
    }
}

extension PlanDocument {
    /// The plan as the public may see its figures: only current figures that were reviewed and
    /// released; no history of corrections and withdrawals.
    public var reviewedFiguresOnly: PlanDocument {
        var copy = self
        for a in copy.areas.indices {
            for l in copy.areas[a].lines.indices {
                for i in copy.areas[a].lines[l].items.indices {
                    for k in copy.areas[a].lines[l].items[i].kpis.indices {
                        copy.areas[a].lines[l].items[i].kpis[k].observations.removeAll { $0.status != .current || !$0.published }
                    }
                }
            }
        }
        return copy
    }
}
