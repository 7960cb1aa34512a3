import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    /// The parcels a firm holds that the account may see, by number, each with the
    /// low-efficiency rules that fire on `day`.
    func heldParcels(by creditCode: String, rules: [LowEfficiencyRule], on day: LocalDate) async throws -> [(record: ParcelRecord, findings: [RuleFinding])] {
        let records = try await parcels().filter(\.$holderCreditCode == creditCode).sort(\.$number).rows().compactMap(\.record)
        let facts = try await facts(of: records)
        return zip(records, facts).map { record, facts in
            (record, LowEfficiencyEvaluator.findings(facts, rules: rules, on: day))
        }
    }
}
