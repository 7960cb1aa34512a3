import BaiqiangCore
import BaiqiangHTML
import Foundation

/// A town's code with its names, for the projects pages' filters and cards.
struct ProjectTownName: Sendable {
    var code: String
    var zh: String
    var en: String

    init(_ town: Town) {
        code = town.code
        zh = town.nameZh
        en = town.nameEn
    }

    func name(_ context: PageContext) -> String {
        context.language == .en ? en : zh
    }
}

/// How the projects pages say amounts, lights and the demo label.
enum ProjectText {
    static func yi(_ value: Double, _ context: PageContext) -> String {
        "\(NumberText.number(value)) \(context.t("projects.yi"))"
    }

    static func light(_ light: ProjectLight?, _ context: PageContext) -> Node {
        guard let light else { return .span(.class("muted"), .text("—")) }
        return .span(.class("badge light-\(light.rawValue)"), .text(context.t(light.label)))
    }

    static func demo(_ isDemo: Bool, _ context: PageContext) -> Node {
        .if(isDemo, .span(.class("badge badge-demo"), .text(context.t("common.demo"))))
    }
}
