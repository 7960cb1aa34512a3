import BaiqiangCore

/// Names of industry codes for display, from the environment's GB/T 4754-2017 table.
enum IndustryNames {
    static func name(of code: String, in environment: AppEnvironment) -> BilingualText? {
        guard let category = (try? environment.reference.industries())?.category(code) else { return nil }
        return BilingualText(zh: category.nameZh, en: category.nameEn ?? category.nameZh)
    }
}
