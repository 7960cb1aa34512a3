import BaiqiangCore

/// Recorded regional figures as the regional-figures import reads them: unit and indicator by
/// name in the page's language (the importer reads either language, or the codes), the period
/// as written, and each figure's citation. Demo figures are left out: they cite nothing, so the
/// importer would refuse them, and a file must not carry them into a county as published facts.
enum RegionalFiguresExport {
    static func table(_ figures: [RegionalFigure], prefecture: PrefectureProfile, language: Language) -> TableExport {
        let units = Dictionary(prefecture.units.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let shown = figures.filter { !$0.isDemo }.sorted {
            ($0.indicator.rawValue, $0.period.description, $0.unitCode) < ($1.indicator.rawValue, $1.period.description, $1.unitCode)
        }
        return TableExport(spec: RegionalFiguresFile.spec, language: language, rows: shown.map { figure in
            [
                "unit": .text(units[figure.unitCode]?.text(for: language) ?? figure.unitCode),
                "indicator": .text(figure.indicator.name.text(for: language)),
                "period": .text(figure.period.description),
                "value": TableExport.number(figure.value), "growth_percent": TableExport.number(figure.growthPercent),
                "publisher": TableExport.text(figure.citation?.publisher), "title": TableExport.text(figure.citation?.title),
                "date": TableExport.text(figure.citation?.date), "address": TableExport.text(figure.citation?.address),
                "read_from_copy": figure.citation.map { TableExport.flag($0.readFromCopy, language) } ?? .empty,
                "correction_reason": TableExport.text(figure.correctionReason),
            ]
        })
    }
}
