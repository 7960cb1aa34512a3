/// A mark on a firm's input row that the evaluation rules look at.
public enum FirmFlag: String, CaseIterable, Sendable, Codable, Hashable {
    /// 一票否决: a major safety, environmental or food-safety accident in the year.
    case veto
    /// 公用事业: a utility, not rated.
    case utility
    /// 小升规: newly grown above scale.
    case upgraded

    var bit: UInt8 {
        switch self {
        case .veto: 1
        case .utility: 2
        case .upgraded: 4
        }
    }
}

/// A set of `FirmFlag`s in one byte, so a column of a million costs a megabyte.
public struct FirmFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public init(_ flag: FirmFlag) { self.rawValue = flag.bit }

    public init<S: Sequence>(_ flags: S) where S.Element == FirmFlag {
        self.rawValue = flags.reduce(0) { $0 | $1.bit }
    }

    public static let veto = FirmFlags(.veto)
    public static let utility = FirmFlags(.utility)
    public static let upgraded = FirmFlags(.upgraded)

    /// The flags in the order of `FirmFlag.allCases`.
    public var flags: [FirmFlag] { FirmFlag.allCases.filter { rawValue & $0.bit != 0 } }
}
