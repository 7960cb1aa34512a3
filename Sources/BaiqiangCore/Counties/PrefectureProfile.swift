import Yams

/// A prefecture (地级市) as data: its county-level units (区县) and the figures published for them
/// that ship as defaults, each with its citation. The prefecture's own totals are kept apart: they
/// are not a unit to rank, but the base of a unit's share.
public struct PrefectureProfile: Sendable, Decodable, Equatable {
    public struct Unit: Sendable, Decodable, Equatable {
        public var code: String
        public var name: BilingualText
    }

    public struct Figure: Sendable, Decodable, Equatable {
        public var unit: String?
        public var indicator: RegionalIndicator
        public var period: String
        public var value: Double?
        public var growth: Double?
        public var citation: Citation
    }

    /// The administrative-division code, e.g. 440700 for Jiangmen.
    public var code: String
    public var name: BilingualText
    public var units: [Unit]
    public var figures: [Figure]
    public var prefectureTotals: [Figure]

    public struct Invalid: BilingualError {
        public let message: BilingualText
    }

    /// The bundled profile of the prefecture with this code, if one ships.
    /// Read once: every request of the comparison pages asks for it, and a bundled file does not
    /// change while the application runs.
    public static func bundled(code: String) throws -> PrefectureProfile? {
        try shipped[code]?.get()
    }

    private static let fileNames = ["440700": "jiangmen"]

    /// The division codes of the profiles that ship.
    static var shippedCodes: [String] { fileNames.keys.sorted() }

    private static let shipped: [String: Result<PrefectureProfile, any Error>] = fileNames.mapValues { name in
        Result { try decode(yaml: try CoreResources.text("counties/\(name).yaml"), fileName: "\(name).yaml") }
    }

    /// Reads a prefecture profile; a refusal names the line and column it is about.
    public static func decode(yaml: String, fileName: String? = nil) throws(PrefectureProfileError) -> PrefectureProfile {
        let root: Yams.Node
        let profile: PrefectureProfile
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw PrefectureProfileError(problem: .empty, file: fileName) }
            root = composed
            profile = try YAMLDecoder().decode(PrefectureProfile.self, from: root)
        } catch let error as PrefectureProfileError {
            throw error
        } catch {
            throw PrefectureProfileError(yaml: error, in: yaml, file: fileName)
        }
        try profile.validate(root: root, fileName: fileName)
        return profile
    }

    /// The shipped figures as regional figures; a malformed one is a defect of the data file.
    public func defaultFigures() throws -> [RegionalFigure] {
        try figures.map { figure in
            guard let unit = figure.unit, let period = StatisticalPeriod(text: figure.period) else {
                throw Invalid(message: BilingualText(zh: "默认数据中有缺少区县或期间的数据", en: "A default figure lacks its unit or period"))
            }
            return RegionalFigure(unitCode: unit, indicator: figure.indicator, period: period, value: figure.value,
                                  growthPercent: figure.growth, citation: figure.citation)
        }
    }

    /// The prefecture's published total for an indicator and period, if any.
    public func total(_ indicator: RegionalIndicator, _ period: StatisticalPeriod) -> Figure? {
        prefectureTotals.first { $0.indicator == indicator && StatisticalPeriod(text: $0.period) == period }
    }

    public func unit(_ code: String) -> Unit? { units.first { $0.code == code } }

    func validate(root: Yams.Node, fileName: String?) throws(PrefectureProfileError) {
        func refuse(_ reason: PrefectureProfileReason, at node: Yams.Node?) -> PrefectureProfileError {
            PrefectureProfileError(reason, file: fileName, line: node?.mark?.line, column: node?.mark?.column)
        }
        let unitNodes = root["units"]?.sequence.map(Array.init) ?? []
        let figureNodes = root["figures"]?.sequence.map(Array.init) ?? []
        var seen = Set<String>()
        for (index, unit) in units.enumerated() where !seen.insert(unit.code).inserted {
            throw refuse(.repeatedUnit(unit.code), at: unitNodes.indices.contains(index) ? unitNodes[index]["code"] : nil)
        }
        for (index, figure) in figures.enumerated() {
            guard let unit = figure.unit, seen.contains(unit) else {
                let node = figureNodes.indices.contains(index) ? (figureNodes[index]["unit"] ?? figureNodes[index]) : nil
                throw refuse(.unitOutsidePrefecture(figure.unit ?? ""), at: node)
            }
        }
    }
}

/// Why a prefecture profile was refused.
public typealias PrefectureProfileError = DataFileError<PrefectureProfileReason>

public enum PrefectureProfileReason: YAMLFileReason {
    case malformedYAML(YAMLProblem)
    case repeatedUnit(String)
    /// A figure names no unit, or one the profile does not list.
    case unitOutsidePrefecture(String)
    /// The file (or directory) could not be read as UTF-8 text of at most 8 MB.
    case unreadable

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "地级市数据文件格式不正确：\(problem.detail.zh)", en: "The prefecture profile is not valid: \(problem.detail.en)")
        case .repeatedUnit(let code):
            BilingualText(zh: "区县代码“\(code)”重复", en: "The unit code '\(code)' repeats")
        case .unitOutsidePrefecture(let code):
            BilingualText(zh: "数据所属区县“\(code)”不在本市", en: "A figure names the unit '\(code)', which is outside the prefecture")
        case .unreadable:
            BilingualText(zh: "无法读取（须为不超过 8 MB 的 UTF-8 文本）", en: "Cannot be read (UTF-8 text of at most 8 MB)")
        }
    }
}
