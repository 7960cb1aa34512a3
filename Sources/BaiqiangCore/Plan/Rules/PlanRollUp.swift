/// The roll-up (汇总) of a parent (item, line of work, area, plan) from its children: progress
/// and schedule are weighted means (weight 1 unless set) over the children that have data;
/// the others are left out and named, so a reader knows what the figure does not cover.
public struct PlanRollUp: Sendable, Hashable {
    /// One child as the roll-up sees it.
    public struct Part: Sendable, Hashable {
        public var code: String
        public var weight: Double
        /// Exact progress; nil when the child has no data.
        public var progress: Double?
        /// Progress held to 0…1.
        public var displayProgress: Double?
        public var schedule: Double?
        public var achieved: Bool
        /// Why the child has no data, when it has none.
        public var missing: BilingualText?

        public init(code: String, weight: Double, progress: Double?, displayProgress: Double?,
                    schedule: Double?, achieved: Bool, missing: BilingualText? = nil) {
            self.code = code
            self.weight = weight
            self.progress = progress
            self.displayProgress = displayProgress
            self.schedule = schedule
            self.achieved = achieved
            self.missing = missing
        }
    }

    /// A child left out of the means, with the reason.
    public struct Exclusion: Sendable, Hashable {
        public var code: String
        public var reason: BilingualText
    }

    /// Weighted mean of the children's exact progress.
    public let progress: Double?
    /// Weighted mean of the children's 0…1 progress: one target far beyond its goal cannot hide
    /// another that lags, which a clamp of the exact mean would allow.
    public let displayProgress: Double?
    public let schedule: Double?
    public let light: PlanLight
    /// Codes of the children counted.
    public let included: [String]
    public let excluded: [Exclusion]

    public static let noDataReason = BilingualText(zh: "无数据，未计入汇总", en: "no data; left out of the roll-up")

    public init(parts: [Part]) {
        var included: [Part] = []
        var excluded: [Exclusion] = []
        for part in parts {
            if part.displayProgress != nil, part.progress != nil, part.schedule != nil, part.weight > 0 {
                included.append(part)
            } else {
                excluded.append(Exclusion(code: part.code, reason: part.missing ?? Self.noDataReason))
            }
        }
        self.included = included.map(\.code)
        self.excluded = excluded
        let totalWeight = included.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else {
            self.progress = nil
            self.displayProgress = nil
            self.schedule = nil
            self.light = .grey
            return
        }
        func mean(_ value: (Part) -> Double) -> Double {
            included.reduce(0) { $0 + $1.weight * value($1) } / totalWeight
        }
        let progress = mean { $0.progress! }
        let display = mean { $0.displayProgress! }
        let schedule = mean { $0.schedule! }
        self.progress = progress
        self.displayProgress = display
        self.schedule = schedule
        self.light = included.allSatisfy(\.achieved)
            ? .achieved
            : PlanLight.judge(progress: display, schedule: schedule, deadlinePassed: false)
    }

    /// This roll-up as a part of its own parent.
    public func asPart(code: String, weight: Double) -> Part {
        Part(code: code, weight: weight, progress: progress, displayProgress: displayProgress,
             schedule: schedule, achieved: light == .achieved,
             missing: progress == nil ? Self.noDataReason : nil)
    }
}

extension KPIEvaluation {
    /// This KPI as a part of its item's roll-up. A met KPI without a progress figure (no
    /// baseline) counts as fully done and on schedule; a monitoring indicator is left out.
    public func asPart(weight: Double) -> PlanRollUp.Part {
        switch state {
        case let .awaitingData(provider):
            return PlanRollUp.Part(code: code, weight: weight, progress: nil, displayProgress: nil,
                                   schedule: nil, achieved: false,
                                   missing: BilingualText(zh: "待接入（\(provider)），未计入汇总",
                                                          en: "awaiting data (\(provider)); left out of the roll-up"))
        case .noData:
            return PlanRollUp.Part(code: code, weight: weight, progress: nil, displayProgress: nil,
                                   schedule: nil, achieved: false, missing: PlanRollUp.noDataReason)
        case .evaluated where isMonitoring:
            return PlanRollUp.Part(code: code, weight: weight, progress: nil, displayProgress: nil,
                                   schedule: nil, achieved: false,
                                   missing: BilingualText(zh: "监测指标，无目标值，不计入汇总",
                                                          en: "monitoring indicator without a target; not rolled up"))
        case .evaluated:
            if achieved {
                return PlanRollUp.Part(code: code, weight: weight, progress: progress?.exact ?? 1,
                                       displayProgress: 1, schedule: schedule ?? 1, achieved: true)
            }
            let missing = progress == nil || schedule == nil
                ? BilingualText(zh: "缺少基期值或时限，未计入汇总",
                                en: "no baseline value or deadline; left out of the roll-up")
                : nil
            return PlanRollUp.Part(code: code, weight: weight, progress: progress?.exact,
                                   displayProgress: progress?.clamped, schedule: schedule,
                                   achieved: false, missing: missing)
        }
    }
}
