import BaiqiangCore
import Fluent
import Foundation
import SQLKit

/// The demo county's registry (`DemoRegistry`) written in batches of bulk inserts inside one
/// audited transaction, every firm flagged as demo data.
extension EnterpriseStore {
    /// Writes `generated` into the writer's county, whose registry must be empty, in batches of
    /// `batchSize` firms so that a million firms never sit in memory at once.
    static func fillDemo(_ generated: DemoCounty, seed: UInt64, batchSize: Int, writer: Writer) async throws -> DemoRegistry.Summary {
        let county = writer.countyCode
        let towns = Dictionary(uniqueKeysWithValues: try await OrganisationStore(db: writer.database, county: county).towns()
            .compactMap { t in t.id.map { (t.code, $0) } })
        let environment = writer.environment
        return try await writer.transaction { db, audit in
            if try await Enterprise.query(on: db, county: county).count() > 0 {
                throw DemoRegistryError(message: BilingualText(
                    zh: "企业名录不为空，演示数据只能填入空的名录", en: "The registry is not empty; demo data only fills an empty one"))
            }
            var summary = DemoRegistry.Summary(firms: 0, yearlyRows: 0, monthlyRows: 0)
            let bulk = BulkWriter(db)
            for range in generated.batches(of: batchSize) {
                let batch = generated.firms(in: range)
                try await writeDemo(batch, towns: towns, county: county, writer: bulk, environment: environment, summary: &summary)
            }
            try await audit.record(.registryDemoFill, entity: .registry, id: "demo-\(seed)", before: nil as String?,
                                   after: ["firms": summary.firms, "yearly_rows": summary.yearlyRows, "monthly_rows": summary.monthlyRows,
                                           "seed": Int(truncatingIfNeeded: seed)])
            return summary
        }
    }

    private static func writeDemo(_ firms: [DemoFirm], towns: [String: UUID], county: String, writer: BulkWriter, environment: AppEnvironment,
                      summary: inout DemoRegistry.Summary) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var enterprises: [[any BulkBindable]] = []
        var yearly: [[any BulkBindable]] = []
        var monthly: [[any BulkBindable]] = []
        var designations: [[any BulkBindable]] = []
        let now = environment.now
        for firm in firms {
            let history = String(decoding: try encoder.encode(firm.history), as: UTF8.self)
            let listingStage: String? = firm.listing.map { $0.stage?.rawValue ?? "pipeline" }
            enterprises.append([
                environment.uuid(), county, firm.creditCode, firm.name, firm.townCode.flatMap { towns[$0] }, true, now,
                firm.industryCode, firm.address, firm.contact?.name, firm.contact?.phone,
                firm.ladderStage?.rawValue, history, listingStage, firm.listing?.since, firm.listing?.ticker,
                firm.startYear, firm.isNamedInPlan,
            ])
            for y in firm.yearly {
                yearly.append(EnterpriseYearFigure.bindings(of: y, county: county))
            }
            for m in firm.monthly() {
                monthly.append([county, m.creditCode, m.year, m.month, m.revenueWan, m.outputWan, m.taxWan, m.electricityWanKWh])
            }
            for d in firm.designations {
                designations.append([environment.uuid(), county, firm.creditCode, d.kind.rawValue, d.year])
            }
        }
        try await writer.insert(into: Enterprise.schema, columns: [
            "id", "county_code", "credit_code", "name", "town_id", "is_demo", "created_at", "industry_code", "address", "contact_name",
            "contact_phone", "ladder_stage", "ladder_history", "listing_stage", "listing_since", "ticker", "start_year", "named_in_plan",
        ], rows: enterprises)
        try await writer.insert(into: EnterpriseYearFigure.schema, columns: EnterpriseYearFigure.writtenColumns, rows: yearly)
        try await writer.insert(into: EnterpriseMonthFigure.schema, columns: [
            "county_code", "credit_code", "year", "month", "revenue_wan", "output_wan", "tax_wan", "electricity_wkwh",
        ], rows: monthly)
        try await writer.insert(into: EnterpriseDesignation.schema, columns: ["id", "county_code", "credit_code", "kind", "year"], rows: designations)
        summary.firms += firms.count
        summary.yearlyRows += yearly.count
        summary.monthlyRows += monthly.count
    }
}
