import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// Publishing a run (发布): the one run of a year that decides. Until a run is published it is a
/// draft — a what-if that changes no surcharge, no land rule, no plan figure and nothing the
/// firm sees. Publishing another run of the same year replaces the earlier one; both steps are
/// audited.
extension EvaluationStore {
    struct PublicationFailure: BilingualError {
        let message: BilingualText
    }

    /// The published run of each year.
    func publishedRunByYear() async throws -> [Int: EvaluationRun] {
        var published: [Int: EvaluationRun] = [:]
        for run in try await EvaluationRun.query(on: db, county: county).filter(\.$publishedAt != nil).all() {
            published[run.year] = run
        }
        return published
    }

    /// The published run of the newest year that has one: the classes the county acts on now.
    func latestPublishedRun() async throws -> EvaluationRun? {
        try await EvaluationRun.query(on: db, county: county).filter(\.$publishedAt != nil).sort(\.$year, .descending).first()
    }

    /// A firm's results in published runs only, newest year first: what its page and its own
    /// view show.
    func publishedResults(ofFirm code: String) async throws -> [(EvaluationRun, EvaluationResultRecord)] {
        try await results(ofFirm: code).filter { $0.0.isPublished }
    }

    /// Publishes `runID` as its year's result. Returns the run it replaced, if any; publishing a
    /// run that is already the year's result changes nothing.
    @discardableResult
    func publish(_ runID: UUID, writer: Writer) async throws -> EvaluationRun? {
        let county = self.county, publisher = writer.actor.name, now = writer.environment.now
        return try await writer.transaction { db, audit in
            guard let run = try await EvaluationRun.query(on: db, county: county).filter(\.$id == runID).first() else {
                throw Abort(.notFound)
            }
            if run.isPublished { return nil }
            let previous = try await EvaluationRun.query(on: db, county: county)
                .filter(\.$year == run.year).filter(\.$publishedAt != nil).first()
            if let previous {
                previous.publishedAt = nil
                previous.publishedBy = nil
                try await previous.update(on: db)
            }
            run.publishedAt = now
            run.publishedBy = publisher
            try await run.update(on: db)
            try await audit.record(.evaluationRunPublished, entity: .evaluationRun, id: runID.uuidString,
                                   before: previous.map { ["published_run": $0.id?.uuidString ?? "", "version": "\($0.version)"] },
                                   after: ["year": "\(run.year)", "version": "\(run.version)", "method": run.methodID])
            return previous
        }
    }
}
