import BaiqiangCore
import Fluent
import Foundation

extension ProjectsStore {
    /// What Core's `ProjectRates` counts, for every project the account may see, and whether any
    /// of them is demo data (the figures then carry the label): the rates page and the API read the same.
    func rateRecords() async throws -> (records: [ProjectRateRecord], anyDemo: Bool) {
        let projects = try await projects().all()
        let histories = try await histories(of: projects.compactMap(\.id))
        let records = projects.compactMap { project -> ProjectRateRecord? in
            guard let id = project.id, let history = histories[id] else { return nil }
            return ProjectRateRecord(history: history, investmentYi: project.investmentYi, fundsInPlaceYi: project.fundsInPlaceYi,
                                     channel: project.channel, chainCode: project.chainCode, townCode: project.townCode)
        }
        return (records, projects.contains(where: \.isDemo))
    }
}
