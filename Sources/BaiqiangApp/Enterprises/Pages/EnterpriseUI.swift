import BaiqiangCore
import Foundation
import BaiqiangHTML
import Vapor

/// Formatting shared by the registry's pages.
struct EnterpriseUI {
    let request: Request

    func text(_ value: BilingualText) -> String { value.text(for: request.language) }

    /// An amount in 万元 with grouping: "12,345.6 万元".
    func wan(_ value: Double) -> String {
        "\(NumberText.number(value)) \(request.t("unit.wan_yuan"))"
    }

    /// "3976 光伏设备及元器件制造" when the code is in the classification, else the code.
    func industryLabel(_ code: String?) -> String {
        guard let code, !code.isEmpty else { return "—" }
        guard let name = IndustryNames.name(of: code, in: request.appEnvironment) else { return code }
        return "\(code) \(text(name))"
    }
}
