import BaiqiangCore
import Fluent
import Foundation
import SQLKit

extension EnterpriseStore {
    /// The figures a ladder judgement reads. The others are not loaded and stay missing (nil),
    /// never 0, as does a figure the firm did not report: the ladder treats both as unknown.
    static let ladderFigures: [YearlyFigure] = [.revenueWan, .taxWan]

    /// The firms of the account's scope as Core's `LadderFirm`s, with the figures of the years
    /// a ladder judgement needs, in two queries.
    func ladderFirms(years: ClosedRange<Int>) async throws -> [LadderFirm] {
        let firms = try await Enterprise.query(on: db).scoped(to: principal)
            .field(\.$creditCode).field(\.$name).field(\.$ladderHistory).field(\.$listingStage).field(\.$listingSince)
            .field(\.$ticker).field(\.$startYear).all()
        let codes = Set(firms.map(\.creditCode))
        let sql = db as! any SQLDatabase
        let rows = try await sql.select().columns(EnterpriseYearFigure.selectedColumns(Self.ladderFigures))
            .from(EnterpriseYearFigure.schema)
            .where("county_code", .equal, county)
            .where("year", .greaterThanOrEqual, years.lowerBound).where("year", .lessThanOrEqual, years.upperBound)
            .all()
        var figures: [String: [EnterpriseYearFigures]] = [:]
        for row in rows {
            let figure = try EnterpriseYearFigure.decode(row, figures: Self.ladderFigures)
            guard codes.contains(figure.creditCode) else { continue }
            figures[figure.creditCode, default: []].append(figure)
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
        case ListingStage.listed.rawValue?: firm.listingSince.map { .listed(since: $0, ticker: firm.ticker) } ?? .inPipeline
        default: nil
        }
    }
}
