import BaiqiangCore

/// Names of industry codes for display, from the environment's GB/T 4754-2017 table: Core's
/// `IndustryClassification.displayName`, so every page names an industry the same way and an
/// English page in English.
enum IndustryNames {
    static func name(of code: String, in environment: AppEnvironment) -> BilingualText? {
        (try? environment.reference.industries())?.displayName(code)
    }
}
