import BaiqiangCore

/// Names of industry codes for display, from Core's GB/T 4754-2017 table (loaded once).
enum IndustryNames {
    static let classification: IndustryClassification? = try? IndustryClassification.bundled()

    static func name(of code: String) -> BilingualText? {
        guard let category = classification?.category(code) else { return nil }
        return BilingualText(zh: category.nameZh, en: category.nameEn ?? category.nameZh)
    }
}
