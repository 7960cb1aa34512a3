import Foundation

/// A grid event as a grid worker reports it (网格事件上报): what, where (a point or an address),
/// which category, and whether a hazard was found there (a campaign's site check may find none).
public struct GridEventReport: Sendable, Hashable {
    public var gridCode: String
    public var categoryCode: String
    public var description: String
    public var address: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Whether the check found a hazard (发现隐患); false records a site checked and found sound.
    public var hazardFound: Bool

    public init(gridCode: String, categoryCode: String, description: String, address: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil, hazardFound: Bool = true) {
        self.gridCode = gridCode
        self.categoryCode = categoryCode
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.hazardFound = hazardFound
    }
}

/// The checks every reported event passes, the same on the form, in the API and in the demo.
public enum GridEventCheck {
    public static let latitudeRange: ClosedRange<Double> = -90...90
    public static let longitudeRange: ClosedRange<Double> = -180...180

    public static func issues(_ report: GridEventReport, categories: DemandCategoryCatalog, row: Int? = nil) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ reason: BilingualText) {
            issues.append(LocatedIssue(row: row, column: column, reason: reason))
        }
        let required = BilingualText(zh: "不能为空", en: "is required")
        if report.gridCode.trimmingCharacters(in: .whitespaces).isEmpty { add("grid", required) }
        else if let reason = FieldLimits.check(report.gridCode, .code) { add("grid", reason) }
        if categories.category(report.categoryCode) == nil {
            add("category", BilingualText(zh: "未知的事件类别“\(report.categoryCode)”", en: "Unknown event category '\(report.categoryCode)'"))
        }
        let description = report.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.isEmpty { add("description", required) }
        else if let reason = FieldLimits.check(description, .demandText) { add("description", reason) }
        if let address = report.address, let reason = FieldLimits.check(address, .address) { add("address", reason) }
        switch (report.latitude, report.longitude) {
        case (let latitude?, let longitude?):
            if let reason = FieldLimits.check(latitude, in: latitudeRange) { add("latitude", reason) }
            if let reason = FieldLimits.check(longitude, in: longitudeRange) { add("longitude", reason) }
        case (nil, nil):
            // Where it is must be said one way or the other: a point on the map, or an address.
            if (report.address ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                add("address", BilingualText(zh: "请填写地址或经纬度", en: "give an address or a latitude and longitude"))
            }
        default:
            add(report.latitude == nil ? "latitude" : "longitude",
                BilingualText(zh: "经度和纬度须同时填写", en: "latitude and longitude go together"))
        }
        return issues
    }
}
