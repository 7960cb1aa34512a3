import Yams

/// A county's organisation as data: its towns (镇街) and departments (部门). Loading another
/// county's file is how Baiqiang serves another county.
public struct CountyProfile: Sendable, Codable, Equatable {
    public struct Unit: Sendable, Codable, Equatable {
        public var code: String
        public var name: BilingualText
        /// 诉求中心: the department that accepts and routes enterprise demands.
        public var demandCentre: Bool?
        /// 自然资源局: keeps the county's land records and disposals.
        public var landBureau: Bool?
        /// 纪委监委: receives and handles the special supervisors' reports.
        public var disciplineOffice: Bool?

        public init(code: String, name: BilingualText, demandCentre: Bool? = nil, landBureau: Bool? = nil, disciplineOffice: Bool? = nil) {
            self.code = code
            self.name = name
            self.demandCentre = demandCentre
            self.landBureau = landBureau
            self.disciplineOffice = disciplineOffice
        }

        /// The parts this unit plays (`UnitDesignation`).
        public var designations: Set<UnitDesignation> {
            var set: Set<UnitDesignation> = []
            if demandCentre == true { set.insert(.demandCentre) }
            if landBureau == true { set.insert(.landBureau) }
            if disciplineOffice == true { set.insert(.disciplineOffice) }
            return set
        }
    }

    public var code: String
    /// The administrative-division code (行政区划代码), e.g. 440784 for Heshan: the county's key in
    /// every county-owned table.
    public var divisionCode: String?
    public var name: BilingualText
    public var towns: [Unit]
    public var departments: [Unit]
    /// The box the county's land lies in (本县范围): a parcel outside it is refused on import.
    /// Nil checks parcels against China's extent only.
    public var extent: GeoExtent?

    public struct Invalid: BilingualError {
        public let message: BilingualText
    }

    public static func decode(yaml: String) throws -> CountyProfile {
        let profile = try YAMLDecoder().decode(CountyProfile.self, from: yaml)
        try profile.validate()
        return profile
    }

    /// The county shipped as the default, Heshan (鹤山市).
    public static func heshan() throws -> CountyProfile {
        try decode(yaml: CoreResources.text("county/heshan.yaml"))
    }

    func validate() throws {
        for (kind, units) in [("towns", towns), ("departments", departments)] {
            var seen = Set<String>()
            for unit in units where !seen.insert(unit.code).inserted {
                throw Invalid(message: BilingualText(
                    zh: "\(kind) 中代码“\(unit.code)”重复", en: "Duplicate code '\(unit.code)' in \(kind)"))
            }
        }
        for designation in UnitDesignation.allCases {
            if towns.contains(where: { $0.designations.contains(designation) }) {
                throw Invalid(message: BilingualText(zh: "\(designation.label.zh)只能是部门", en: "Only a department can be the \(designation.label.en)"))
            }
            if departments.filter({ $0.designations.contains(designation) }).count > 1 {
                throw Invalid(message: BilingualText(zh: "只能有一个\(designation.label.zh)", en: "Only one department can be the \(designation.label.en)"))
            }
        }
    }
}
