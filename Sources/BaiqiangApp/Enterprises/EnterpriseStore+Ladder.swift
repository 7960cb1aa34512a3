import BaiqiangCore
import Fluent
import Foundation
import SQLKit

extension EnterpriseStore {
    /// The firms of the account's scope as Core's `LadderFirm`s, with the figures of the years
    /// a ladder judgement needs, in two queries.
    func ladderFirms(years: ClosedRange<Int>) async throws -> [LadderFirm] {
        let firms = try await Enterprise.query(on: db).scoped(to: principal)
            .field(\.$creditCode).field(\.$name).field(\.$ladderHistory).field(\.$listingStage).field(\.$listingSince)
            .field(\.$ticker).field(\.$startYear).all()
        let codes = Set(firms.map(\.creditCode))
        struct FigureRow: Decodable {
            var credit_code: String
            var year: Int
            var revenue_wan: Double?
            var tax_wan: Double?
            var above_scale: Bool
        }
        let sql = db as! any SQLDatabase
        let rows = try await sql.select().columns("credit_code", "year", "revenue_wan", "tax_wan", "above_scale")
            .from(EnterpriseYearFigure.schema)
            .where("county_code", .equal, county)
            .where("year", .greaterThanOrEqual, years.lowerBound).where("year", .lessThanOrEqual, years.upperBound)
            .all(decoding: FigureRow.self)
        var figures: [String: [EnterpriseYearFigures]] = [:]
        for row in rows where codes.contains(row.credit_code) {
            figures[row.credit_code, default: []].append(EnterpriseYearFigures(
                creditCode: row.credit_code, year: row.year, revenueWan: row.revenue_wan ?? 0, outputWan: 0, valueAddedWan: 0,
                taxWan: row.tax_wan ?? 0, electricityWanKWh: 0, energyTce: 0, emissionT: 0, rdWan: 0, staff: 0, landMu: 0,
                aboveScale: row.above_scale))
        }
        let decoder = JSONDecoder()
        return firms.map { firm in
            let history = firm.ladderHistory.flatMap { try? decoder.decode(LadderHistory.self, from: Data($0.utf8)) } ?? LadderHistory()
            return LadderFirm(creditCode: firm.creditCode, name: firm.name, history: history, listing: Self.listing(firm),
                              figures: figures[firm.creditCode] ?? [], startYear: firm.startYear)
        }
    }

    static func listing(_ firm: Enterprise) -> ListingStatus? {
        switch firm.listingStage {
        case "pipeline": .inPipeline
        case ListingStage.tutoring.rawValue?: firm.listingSince.map { .tutoring(since: $0) } ?? .inPipeline
        case ListingStage.applied.rawValue?: firm.listingSince.map { .applied(since: $0) } ?? .inPipeline
        case ListingStage.listed.rawValue?: firm.listingSince.map { .listed(since: $0, ticker: firm.ticker ?? "") } ?? .inPipeline
        default: nil
        }
    }
}
