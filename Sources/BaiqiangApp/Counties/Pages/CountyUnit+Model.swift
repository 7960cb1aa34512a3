import BaiqiangCore
import Foundation

/// One county-level unit: every indicator's figures over time with their ranks, and the figures
/// a correction replaced.
enum CountyUnitPage {
    struct Model {
        var prefecture: PrefectureProfile
        var unit: PrefectureProfile.Unit
        var sections: [Section]
        var retired: [Retired]
    }

    struct Section {
        var indicator: RegionalIndicator
        var lines: [Line]
    }

    struct Line {
        var figure: RegionalFigure
        var valueRank: RegionalRanking.Rank?
        var growthRank: RegionalRanking.Rank?
    }

    struct Retired {
        var figure: RegionalFigure
        var recordedBy: String
        var recordedAt: Date
    }

    /// `figures` are the prefecture's current figures (every unit's, for the ranks).
    static func model(prefecture: PrefectureProfile, unit: PrefectureProfile.Unit, figures: [RegionalFigure],
                      retired: [Retired]) -> Model {
        let byValue = RegionalRanking.ranksAlongside(figures, by: .value)
        let byGrowth = RegionalRanking.ranksAlongside(figures, by: .growth)
        let own = figures.indices.filter { figures[$0].unitCode == unit.code }
            .map { Line(figure: figures[$0], valueRank: byValue[$0], growthRank: byGrowth[$0]) }
        let sections = RegionalIndicator.allCases.compactMap { indicator -> Section? in
            let lines = own.filter { $0.figure.indicator == indicator }.sorted { $0.figure.period > $1.figure.period }
            return lines.isEmpty ? nil : Section(indicator: indicator, lines: lines)
        }
        return Model(prefecture: prefecture, unit: unit, sections: sections, retired: retired)
    }
}
