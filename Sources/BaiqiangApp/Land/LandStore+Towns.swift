import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    /// What the towns' ranking needs, per town the account sees: its parcels, their area, the
    /// area on which a low-efficiency rule fires on `day`, and its disposals; and whether any of
    /// it is demo data.
    func townRankingInputs(rules: [LowEfficiencyRule], on day: LocalDate) async throws -> (inputs: [TownDisposalRanking.Input], hasDemo: Bool) {
        let parcels = try await parcels().sort(\.$number).rows(shapes: false)
        let records = parcels.compactMap(\.record)
        let facts = try await facts(of: records)
        var hasDemo = parcels.contains(where: \.isDemo)
        var inputs: [String?: TownDisposalRanking.Input] = [:]
        for (record, facts) in zip(records, facts) {
            var input = inputs[record.townCode] ?? TownDisposalRanking.Input(
                townCode: record.townCode, parcelCount: 0, area: LandArea(squareMetres: 0), lowEfficiencyArea: LandArea(squareMetres: 0),
                disposals: [])
            input.parcelCount += 1
            input.area.squareMetres += record.area.squareMetres
            if !LowEfficiencyEvaluator.findings(facts, rules: rules, on: day).isEmpty {
                input.lowEfficiencyArea.squareMetres += record.area.squareMetres
            }
            inputs[record.townCode] = input
        }
        for row in try await LandDisposal.query(on: db).scoped(to: principal).all() {
            guard let disposal = row.disposal else { continue }
            hasDemo = hasDemo || row.isDemo
            var input = inputs[row.townCode] ?? TownDisposalRanking.Input(
                townCode: row.townCode, parcelCount: 0, area: LandArea(squareMetres: 0), lowEfficiencyArea: LandArea(squareMetres: 0),
                disposals: [])
            input.disposals.append(disposal)
            inputs[row.townCode] = input
        }
        return (Array(inputs.values), hasDemo)
    }
}
