/// The light of a project (项目灯号): green (正常), yellow (黄灯) or red (红灯).
public enum ProjectLight: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case green
    case yellow
    case red

    /// The worst of several lights: a project is as red as its worst part.
    public static func worst(_ lights: [ProjectLight]) -> ProjectLight {
        lights.max() ?? .green
    }

    public static func < (a: ProjectLight, b: ProjectLight) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var label: BilingualText {
        switch self {
        case .green: BilingualText(zh: "绿灯", en: "green")
        case .yellow: BilingualText(zh: "黄灯", en: "yellow")
        case .red: BilingualText(zh: "红灯", en: "red")
        }
    }
}
