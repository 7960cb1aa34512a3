/// A column of the IPO pipeline board (上市梯队): 辅导备案 → 申报 → 上市.
public enum ListingStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 辅导备案: the sponsor's tutoring has been filed with the securities regulator's local office.
    case tutoring
    /// 申报: the listing application has been filed with (and accepted by) an exchange.
    case applied
    /// 上市: the shares trade.
    case listed

    public static func < (lhs: ListingStage, rhs: ListingStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var name: BilingualText {
        switch self {
        case .tutoring: BilingualText(zh: "辅导备案", en: "Tutoring filed")
        case .applied: BilingualText(zh: "申报", en: "Application filed")
        case .listed: BilingualText(zh: "上市", en: "Listed")
        }
    }
}

/// Where a firm stands in the IPO pipeline. A ticker exists only once listed, so it lives in the
/// `listed` case and cannot be set on a firm still in tutoring.
public enum ListingStatus: Sendable, Hashable, Codable {
    /// Named as on the way to listing (e.g. by the county's plan) with no stage recorded yet.
    case inPipeline
    case tutoring(since: Int)
    case applied(since: Int)
    /// 证券代码 `ticker`, e.g. "301468"; nil while no source has given it (a generated firm has
    /// none, since an invented code would read as a real one).
    case listed(since: Int, ticker: String?)

    /// The board column, nil while the stage is not recorded.
    public var stage: ListingStage? {
        switch self {
        case .inPipeline: nil
        case .tutoring: .tutoring
        case .applied: .applied
        case .listed: .listed
        }
    }

    /// The year the firm entered its current stage.
    public var since: Int? {
        switch self {
        case .inPipeline: nil
        case .tutoring(let year), .applied(let year), .listed(let year, _): year
        }
    }

    public var ticker: String? {
        guard case .listed(_, let ticker) = self, let ticker, !ticker.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return ticker
    }
}
