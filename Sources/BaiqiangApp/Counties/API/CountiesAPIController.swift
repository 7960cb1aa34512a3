import BaiqiangCore
import Vapor

/// `/api/v1/counties/…`: the prefecture's county-level units and their current published figures
/// with ranks, as the comparison page shows them.
struct CountiesAPIController {
    func register(_ api: any RoutesBuilder) {
        api.get(SiteURL.API.countiesUnits.components, use: units)
        api.get(SiteURL.API.countiesFigures.components, use: figures)
    }

    struct UnitView: Content {
        var code: String
        var name: BilingualText
    }

    struct CitationView: Content {
        var publisher: String
        var title: String?
        var date: String?
        var address: String?
        var readFromCopy: Bool
        var text: BilingualText

        enum CodingKeys: String, CodingKey {
            case publisher, title, date, address, text
            case readFromCopy = "read_from_copy"
        }

        init(_ citation: Citation) {
            publisher = citation.publisher
            title = citation.title
            date = citation.date
            address = citation.address
            readFromCopy = citation.readFromCopy
            text = citation.text
        }
    }

    struct FigureView: Content {
        var unit: String
        var indicator: String
        var period: String
        var value: Double?
        var growthPercent: Double?
        var rankByValue: RankView?
        var rankByGrowth: RankView?
        var source: CitationView?
        var correctionReason: String?

        enum CodingKeys: String, CodingKey {
            case unit, indicator, period, value, source
            case growthPercent = "growth_percent", rankByValue = "rank_by_value", rankByGrowth = "rank_by_growth"
            case correctionReason = "correction_reason"
        }
    }

    /// A place among the units ranked ("2 of 7").
    struct RankView: Content {
        var rank: Int
        var of: Int

        init(_ rank: RegionalRanking.Rank) {
            self.rank = rank.rank
            of = rank.of
        }
    }

    @Sendable func units(_ request: Request) async throws -> ItemList<UnitView> {
        let store = try CountiesPagesController.store(request, try request.requirePrincipal())
        return ItemList(items: store.prefecture.units.map { UnitView(code: $0.code, name: $0.name) })
    }

    @Sendable func figures(_ request: Request) async throws -> ItemList<FigureView> {
        let store = try CountiesPagesController.store(request, try request.requirePrincipal())
        let indicator = try request.query.get(String?.self, at: "indicator").map { text in
            guard let indicator = RegionalIndicator(rawValue: text) else { throw Abort(.badRequest, reason: "indicator") }
            return indicator
        }
        let period = try request.query.get(String?.self, at: "period").map { text in
            guard let period = StatisticalPeriod(text: text) else { throw Abort(.badRequest, reason: "period") }
            return period
        }
        let unit = try request.query.get(String?.self, at: "unit")
        let all = try await store.currentFigures(indicator: indicator)
        let byValue = RegionalRanking.ranksAlongside(all, by: .value)
        let byGrowth = RegionalRanking.ranksAlongside(all, by: .growth)
        let shown = all.indices.filter { index in
            (period.map { all[index].period == $0 } ?? true) && (unit.map { all[index].unitCode == $0 } ?? true)
        }.sorted { a, b in
            (all[a].indicator.rawValue, all[b].period, all[a].unitCode) < (all[b].indicator.rawValue, all[a].period, all[b].unitCode)
        }
        return ItemList(items: shown.map { index in
            let figure = all[index]
            return FigureView(unit: figure.unitCode, indicator: figure.indicator.rawValue, period: figure.period.description,
                              value: figure.value, growthPercent: figure.growthPercent, rankByValue: byValue[index].map(RankView.init),
                              rankByGrowth: byGrowth[index].map(RankView.init), source: figure.citation.map(CitationView.init),
                              correctionReason: figure.correctionReason)
        })
    }
}
