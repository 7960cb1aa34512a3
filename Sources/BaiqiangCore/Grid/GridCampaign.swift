import Foundation

/// A special campaign (专项整治) such as 厂中厂 or 城中村: which towns and event categories it
/// sweeps, over which period, and its targets. Its progress is counted from the grid events in
/// its scope, never entered by hand.
public struct GridCampaign: Sendable, Hashable {
    public var code: String
    public var name: BilingualText
    /// Town codes; empty means every town of the county.
    public var towns: Set<String>
    /// Event category codes; empty means every category.
    public var categories: Set<String>
    public var start: PlanDate
    public var end: PlanDate
    public var targets: GridCampaignTargets

    public init(code: String, name: BilingualText, towns: Set<String>, categories: Set<String>,
                start: PlanDate, end: PlanDate, targets: GridCampaignTargets) {
        self.code = code
        self.name = name
        self.towns = towns
        self.categories = categories
        self.start = start
        self.end = end
        self.targets = targets
    }

    /// Whether an event reported in `town`, of `category`, on `day` counts toward the campaign.
    public func covers(town: String, category: String, day: PlanDate) -> Bool {
        (towns.isEmpty || towns.contains(town)) && (categories.isEmpty || categories.contains(category))
            && start <= day && day <= end
    }

    /// The campaign's counts from the events given (any events: those outside its scope are skipped).
    public func progress(of events: [GridEventFacts]) -> GridCampaignCounts {
        var counts = GridCampaignCounts()
        for event in events where covers(town: event.townCode, category: event.categoryCode, day: event.reportedOn) {
            counts.sitesChecked += 1
            if event.hazardFound {
                counts.hazardsFound += 1
                if event.status == .closed { counts.hazardsFixed += 1 }
            }
        }
        return counts
    }
}

/// What a campaign counts of one event.
public struct GridEventFacts: Sendable, Hashable {
    public var townCode: String
    public var categoryCode: String
    /// The day it was reported, Beijing time.
    public var reportedOn: PlanDate
    public var hazardFound: Bool
    public var status: DemandStatus

    public init(townCode: String, categoryCode: String, reportedOn: PlanDate, hazardFound: Bool, status: DemandStatus) {
        self.townCode = townCode
        self.categoryCode = categoryCode
        self.reportedOn = reportedOn
        self.hazardFound = hazardFound
        self.status = status
    }
}

/// A campaign's targets (目标): sites checked (排查场所), hazards found (发现隐患), hazards fixed
/// (整改到位).
public struct GridCampaignTargets: Sendable, Hashable, Codable {
    public static let maximum = 1_000_000

    public var sitesChecked: Int
    public var hazardsFound: Int
    public var hazardsFixed: Int

    enum CodingKeys: String, CodingKey {
        case sitesChecked = "sites_checked", hazardsFound = "hazards_found", hazardsFixed = "hazards_fixed"
    }

    public init(sitesChecked: Int, hazardsFound: Int, hazardsFixed: Int) {
        self.sitesChecked = sitesChecked
        self.hazardsFound = hazardsFound
        self.hazardsFixed = hazardsFixed
    }
}

/// What the events in a campaign's scope add up to.
public struct GridCampaignCounts: Sendable, Hashable, Codable {
    public var sitesChecked = 0
    public var hazardsFound = 0
    public var hazardsFixed = 0

    enum CodingKeys: String, CodingKey {
        case sitesChecked = "sites_checked", hazardsFound = "hazards_found", hazardsFixed = "hazards_fixed"
    }

    public init(sitesChecked: Int = 0, hazardsFound: Int = 0, hazardsFixed: Int = 0) {
        self.sitesChecked = sitesChecked
        self.hazardsFound = hazardsFound
        self.hazardsFixed = hazardsFixed
    }

    /// Each count against its target, as a share (nil where the target is zero).
    public func shares(of targets: GridCampaignTargets) -> (sites: Double?, found: Double?, fixed: Double?) {
        func share(_ count: Int, _ target: Int) -> Double? { target > 0 ? Double(count) / Double(target) : nil }
        return (share(sitesChecked, targets.sitesChecked), share(hazardsFound, targets.hazardsFound),
                share(hazardsFixed, targets.hazardsFixed))
    }

    /// The fix rate (整改率): hazards fixed over hazards found.
    public var fixRate: Double? { hazardsFound > 0 ? Double(hazardsFixed) / Double(hazardsFound) : nil }
}

public enum GridCampaignCheck {
    /// Codes the campaign pages use as addresses of their own (`/grid/campaigns/new`).
    public static let reservedCodes: Set<String> = ["new"]
    /// A campaign is a sweep, not a standing programme: five years at most.
    public static let maximumDays = 5 * 366
    /// No county has more towns or event categories than this.
    public static let maximumListed = 100

    /// Whether `actor` may save `campaign` in place of `existing` (the campaign of that code
    /// already kept, nil for a new one): both the new scope and the old must be the actor's, so a
    /// town can neither widen its campaign to a neighbour nor take over a county-wide one.
    public static func authorise(_ campaign: GridCampaign, replacing existing: GridCampaign?, by actor: AccessActor) throws(AccessRefusal) {
        let permissions = Permissions(actor)
        try permissions.require(.editCampaign(towns: campaign.towns))
        if let existing { try permissions.require(.editCampaign(towns: existing.towns)) }
    }

    public static func issues(_ campaign: GridCampaign, knownTowns: Set<String>, categories: DemandCategoryCatalog) -> [LocatedIssue] {
        var issues: [LocatedIssue] = []
        func add(_ column: String, _ reason: BilingualText) { issues.append(LocatedIssue(row: nil, column: column, reason: reason)) }
        if campaign.code.isEmpty { add("code", BilingualText(zh: "不能为空", en: "is required")) }
        else if !campaign.code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) {
            // The code is the last part of the campaign's address.
            add("code", BilingualText(zh: "只能包含字母、数字和 - _", en: "may hold only letters, digits and - _"))
        } else if reservedCodes.contains(campaign.code) {
            add("code", BilingualText(zh: "“\(campaign.code)”是保留字，请换一个编码", en: "'\(campaign.code)' is reserved: choose another code"))
        } else if let reason = FieldLimits.check(campaign.code, .code) { add("code", reason) }
        if campaign.name.zh.isEmpty { add("name", BilingualText(zh: "不能为空", en: "is required")) }
        else if let reason = FieldLimits.check(campaign.name.zh, .name) ?? FieldLimits.check(campaign.name.en, .name) { add("name", reason) }
        if campaign.end < campaign.start { add("end", BilingualText(zh: "不能早于开始日期", en: "may not be before the start")) }
        else if campaign.start.days(until: campaign.end) > maximumDays {
            add("end", BilingualText(zh: "专项整治最长 \(maximumDays / 366) 年", en: "a campaign lasts at most \(maximumDays / 366) years"))
        }
        if campaign.towns.count > maximumListed { add("towns", BilingualText(zh: "最多 \(maximumListed) 项", en: "at most \(maximumListed) entries")) }
        if campaign.categories.count > maximumListed {
            add("categories", BilingualText(zh: "最多 \(maximumListed) 项", en: "at most \(maximumListed) entries"))
        }
        for town in campaign.towns.sorted() where !knownTowns.contains(town) {
            add("towns", BilingualText(zh: "未知的镇街“\(town)”", en: "Unknown town '\(town)'"))
        }
        for category in campaign.categories.sorted() where categories.category(category) == nil {
            add("categories", BilingualText(zh: "未知的事件类别“\(category)”", en: "Unknown event category '\(category)'"))
        }
        let range = 0...GridCampaignTargets.maximum
        for (column, value) in [("sites_checked", campaign.targets.sitesChecked), ("hazards_found", campaign.targets.hazardsFound),
                                ("hazards_fixed", campaign.targets.hazardsFixed)] where !range.contains(value) {
            add(column, BilingualText(zh: "须在 0 到 \(range.upperBound) 之间", en: "must be between 0 and \(range.upperBound)"))
        }
        return issues
    }
}

/// A campaign as a form or a request gives it, every field as text: `campaign()` reads the
/// dates and numbers, naming each field it cannot read, so page and API refuse alike. What the
/// fields may hold is then `GridCampaignCheck`'s to say.
public struct GridCampaignDraft: Sendable, Hashable {
    public var code: String
    public var nameZh: String
    public var nameEn: String
    public var towns: [String]
    public var categories: [String]
    public var start: String
    public var end: String
    public var sitesChecked: String
    public var hazardsFound: String
    public var hazardsFixed: String

    public init(code: String, nameZh: String, nameEn: String, towns: [String], categories: [String], start: String, end: String,
                sitesChecked: String, hazardsFound: String, hazardsFixed: String) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.towns = towns
        self.categories = categories
        self.start = start
        self.end = end
        self.sitesChecked = sitesChecked
        self.hazardsFound = hazardsFound
        self.hazardsFixed = hazardsFixed
    }

    public func campaign() throws(FieldInputError) -> GridCampaign {
        var issues: [LocatedIssue] = []
        func date(_ text: String, _ column: String) -> PlanDate? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let date = PlanDate(trimmed) { return date }
            issues.append(LocatedIssue(row: nil, column: column, reason: trimmed.isEmpty
                ? BilingualText(zh: "不能为空", en: "is required")
                : BilingualText(zh: "不是 YYYY-MM-DD 格式的日期", en: "is not a date as YYYY-MM-DD")))
            return nil
        }
        func count(_ text: String, _ column: String) -> Int {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return 0 }
            if trimmed.count <= 10, let value = Int(trimmed) { return value }
            issues.append(LocatedIssue(row: nil, column: column, reason: BilingualText(zh: "须为整数", en: "must be a whole number")))
            return 0
        }
        let start = date(self.start, "start"), end = date(self.end, "end")
        let targets = GridCampaignTargets(sitesChecked: count(sitesChecked, "sites_checked"), hazardsFound: count(hazardsFound, "hazards_found"),
                                          hazardsFixed: count(hazardsFixed, "hazards_fixed"))
        guard issues.isEmpty, let start, let end else { throw FieldInputError(issues) }
        func set(_ codes: [String]) -> Set<String> {
            Set(codes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        return GridCampaign(code: code.trimmingCharacters(in: .whitespaces),
                            name: BilingualText(zh: nameZh.trimmingCharacters(in: .whitespaces), en: nameEn.trimmingCharacters(in: .whitespaces)),
                            towns: set(towns), categories: set(categories), start: start, end: end, targets: targets)
    }
}
