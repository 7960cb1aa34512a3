import BaiqiangCore
import Foundation

/// A town's code with its names, for the land pages' filters and rows.
struct LandTownName: Sendable {
    var code: String
    var zh: String
    var en: String

    init(code: String, zh: String, en: String) {
        self.code = code
        self.zh = zh
        self.en = en
    }

    init(_ town: Town) {
        self.init(code: town.code, zh: town.nameZh, en: town.nameEn)
    }

    func name(_ context: PageContext) -> String {
        context.language == .en ? en : zh
    }
}

/// How the land pages say areas, dates and optional figures.
enum LandText {
    /// "17.08 亩 (1.14 ha)" / "17.08 mu (1.14 ha)".
    static func area(_ area: LandArea, _ context: PageContext) -> String {
        "\(NumberText.number(area.mu)) \(context.t("land.mu")) (\(NumberText.number(area.hectares)) ha)"
    }

    static func value(_ number: Double?) -> String {
        number.map(NumberText.number) ?? "—"
    }

    static func date(_ date: LocalDate?) -> String {
        date?.description ?? "—"
    }
}
