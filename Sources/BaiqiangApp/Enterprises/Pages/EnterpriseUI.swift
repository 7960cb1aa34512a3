import BaiqiangCore
import Foundation
import BaiqiangHTML

/// Formatting shared by the registry's pages.
struct EnterpriseUI {
    let context: PageContext

    func text(_ value: BilingualText) -> String { context.t(value) }

    /// An amount stored in 万元, as the reader counts: "12,345.6 万元", "123.46 million yuan".
    func wan(_ value: Double) -> String {
        QuantityText.text(value, unit: "wan_yuan", language: context.language)
    }

    /// "3976 光电子器件制造" when the code is in the classification, else the code.
    func industryLabel(_ code: String?) -> String {
        guard let code, !code.isEmpty else { return "—" }
        guard let name = IndustryNames.name(of: code, in: context.environment) else { return code }
        // An English name borrowed from the division already ends with the code.
        let shown = text(name)
        return shown.hasSuffix(" \(code)") ? shown : "\(code) \(shown)"
    }
}
