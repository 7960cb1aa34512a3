import BaiqiangCore
import Fluent
import Foundation

extension EvaluationStore {
    /// The class (A/B/C/D/T) each of `codes` has in the newest published run, with that run's
    /// year: what a leader's page shows beside each firm. Drafts decide nothing, so never count.
    func latestPublishedClasses(of codes: [String]) async throws -> (year: Int, classes: [String: String])? {
        guard !codes.isEmpty, let run = try await latestPublishedRun(), let id = run.id else { return nil }
        var classes: [String: String] = [:]
        for result in try await results(id).filter(\.$creditCode ~~ codes).all() {
            classes[result.creditCode] = result.evaluationClass
        }
        return (run.year, classes)
    }
}
