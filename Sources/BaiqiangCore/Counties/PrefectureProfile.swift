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

    /// The prefecture a county belongs to: the first four digits of its division code.
    public static func code(ofCounty divisionCode: String) -> String? {
        guard divisionCode.count == 6, divisionCode.allSatisfy(\.isASCII), divisionCode.allSatisfy(\.isNumber) else { return nil }
        return divisionCode.prefix(4) + "00"
    }

    /// The bundled profile of the prefecture with this code, if one ships.
    /// Read once: every request of the comparison pages asks for it, and a bundled file does not
    /// change while the application runs.
    public static func bundled(code: String) throws -> PrefectureProfile? {
        try shipped[code]?.get()
    }

    private static let fileNames = ["440700": "jiangmen"]

    private static let shipped: [String: Result<PrefectureProfile, any Error>] = fileNames.mapValues { name in
        Result { try decode(yaml: try CoreResources.text("counties/\(name).yaml")) }
    }

    public static func decode(yaml: String) throws -> PrefectureProfile {
        let profile = try YAMLDecoder().decode(PrefectureProfile.self, from: yaml)
        try profile.validate()
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

    func validate() throws {
        var seen = Set<String>()
        for unit in units where !seen.insert(unit.code).inserted {
            throw Invalid(message: BilingualText(zh: "区县代码“\(unit.code)”重复", en: "The unit code '\(unit.code)' repeats"))
        }
        for figure in figures {
            guard let unit = figure.unit, seen.contains(unit) else {
                throw Invalid(message: BilingualText(zh: "数据所属区县不在本市", en: "A figure names a unit outside the prefecture"))
            }
        }
    }
}
