import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang export supervision-summary --year N`: a year's reports counted by type, unit
    /// concerned and outcome, as JSON; counts only, no report and no reporter.
    public func exportSupervisionSummary(year: Int, county: String?) async throws -> String {
        let county = try await chainCounty(county)
        let types = try SupervisionReportTypes.bundled()
        let summary = try await SupervisionStore.summary(on: app.db, county: county, year: year, types: types)
        let units = try await SupervisionStore(db: app.db, principal: .countyWide(of: county)).units()
        let unitNames = Dictionary(units.map { ($0.unit, $0.name) }, uniquingKeysWith: { first, _ in first })
        return SupervisionSummaryJSON.encode(summary, county: county, typeName: types.name, unitName: { unitNames[$0] })
    }
}

/// The summary as the API and the CLI write it.
enum SupervisionSummaryJSON {
    struct Count: Codable, Sendable {
        var key: String
        var nameZh: String
        var nameEn: String
        var count: Int

        enum CodingKeys: String, CodingKey {
            case key, count
            case nameZh = "name_zh", nameEn = "name_en"
        }
    }

    struct Document: Codable, Sendable {
        var county: String
        var year: Int
        var total: Int
        var open: Int
        var byType: [Count]
        var byUnit: [Count]
        var byOutcome: [Count]

        enum CodingKeys: String, CodingKey {
            case county, year, total, open
            case byType = "by_type", byUnit = "by_unit", byOutcome = "by_outcome"
        }
    }

    static func document(_ summary: SupervisionSummary, county: String, typeName: (String) -> BilingualText,
                         unitName: (String) -> BilingualText?) -> Document {
        func count(_ item: SupervisionSummary.Count, _ name: BilingualText?) -> Count {
            Count(key: item.key, nameZh: name?.zh ?? item.key, nameEn: name?.en ?? item.key, count: item.count)
        }
        return Document(
            county: county, year: summary.year, total: summary.total, open: summary.open,
            byType: summary.byType.map { count($0, typeName($0.key)) },
            byUnit: summary.byUnit.map { count($0, unitName($0.key)) },
            byOutcome: summary.byOutcome.map { count($0, SupervisionOutcome(rawValue: $0.key)?.label) })
    }

    static func encode(_ summary: SupervisionSummary, county: String, typeName: (String) -> BilingualText,
                       unitName: (String) -> BilingualText?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document(summary, county: county, typeName: typeName, unitName: unitName))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
