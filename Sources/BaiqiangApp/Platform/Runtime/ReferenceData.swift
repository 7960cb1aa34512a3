import BaiqiangCore
import Foundation

/// The county's reference data the application loads: its profile (towns, departments), the
/// working-day calendars it starts with, the demand categories and the industry table. Bundled
/// in Core's resources for both versions of the environment; a test may hand in its own.
public struct ReferenceData: Sendable {
    public var countyProfile: @Sendable () throws -> CountyProfile
    /// The calendar years loaded on first start, as (file name, YAML text).
    public var calendarFiles: @Sendable () throws -> [(name: String, yaml: String)]
    public var demandCategories: DemandCategoryCatalog
    public var industries: @Sendable () throws -> IndustryClassification
    /// The division code of the county this installation starts with: whose rows start-up data,
    /// the command line and visitors who are not signed in (public pages, Open311) read and write.
    public var countyCode: String

    public init(countyProfile: @escaping @Sendable () throws -> CountyProfile,
                calendarFiles: @escaping @Sendable () throws -> [(name: String, yaml: String)],
                demandCategories: DemandCategoryCatalog,
                industries: @escaping @Sendable () throws -> IndustryClassification,
                countyCode: String = CountyCode.heshan) {
        self.countyProfile = countyProfile
        self.countyCode = countyCode
        self.calendarFiles = calendarFiles
        self.demandCategories = demandCategories
        self.industries = industries
    }

    /// The data shipped in Core's resources, with the county profile at `countyProfile`
    /// (relative to them, e.g. `county/heshan.yaml`).
    public static func bundled(countyProfile path: String) -> ReferenceData {
        ReferenceData(
            countyProfile: { try CountyProfile.decode(yaml: CoreResources.text(path)) },
            calendarFiles: {
                try CoreResources.files(in: "calendar").filter { $0.pathExtension == "yaml" }
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
                    .map { (name: $0.lastPathComponent, yaml: try String(contentsOf: $0, encoding: .utf8)) }
            },
            demandCategories: bundledCategories,
            industries: { try IndustryClassification.bundled() },
            countyCode: (try? CountyProfile.decode(yaml: CoreResources.text(path)))?.divisionCode ?? CountyCode.heshan)
    }

    /// Read once per process: the file ships with the binary and cannot change under it.
    private static let bundledCategories: DemandCategoryCatalog = {
        do { return try DemandCategoryCatalog.bundled() } catch { fatalError("bundled demand categories: \(error)") }
    }()
}
