/// The lists of stalled projects (停滞项目清单) a county chases, each project with the days it has
/// been stalled and its linked leader (挂钩领导).
///
/// - approvedNotStarted (立项未开工), startedNotBuilding (开工未建设), buildingNotCompleted
///   (建设未竣工): the "三未" list of 资阳 (DOMAIN.md §9);
/// - sixNot (六未): DOMAIN.md names the list without defining it; the platform's definition is a
///   project stuck in one of the six gaps from signing to full capacity — 签约未注册, 注册未供地,
///   供地未开工, 开工未竣工, 竣工未投产, 投产未达产 — past the planned day of its next stage.
public enum StalledList: String, Sendable, Hashable, Codable, CaseIterable {
    case approvedNotStarted = "approved_not_started"
    case startedNotBuilding = "started_not_building"
    case buildingNotCompleted = "building_not_completed"
    case sixNot = "six_not"

    /// Days after the start with no investment reported before a project counts as started but
    /// not building: the platform's default, as no published rule was found.
    public static let idleDaysAfterStart = 30

    public var label: BilingualText {
        switch self {
        case .approvedNotStarted: BilingualText(zh: "立项未开工", en: "approved, not started")
        case .startedNotBuilding: BilingualText(zh: "开工未建设", en: "started, not building")
        case .buildingNotCompleted: BilingualText(zh: "建设未竣工", en: "building, not completed")
        case .sixNot: BilingualText(zh: "六未", en: "six stalls")
        }
    }
}

/// What the stalled lists need to know of a project.
public struct StalledListInput: Sendable, Hashable {
    public let projectID: String
    public let history: ProjectStageHistory
    /// Planned milestones (from a template or typed in).
    public let milestones: [ProjectMilestone]
    /// Investment completed since the start (亿元).
    public let completedInvestmentYi: Double
    public let linkedLeader: String?

    public init(projectID: String, history: ProjectStageHistory, milestones: [ProjectMilestone],
                completedInvestmentYi: Double, linkedLeader: String?) {
        self.projectID = projectID
        self.history = history
        self.milestones = milestones
        self.completedInvestmentYi = completedInvestmentYi
        self.linkedLeader = linkedLeader
    }

    func planned(_ stage: ProjectStage) -> PlanDate? {
        milestones.first { $0.stage == stage }?.planned
    }
}

/// A project on a stalled list.
public struct StalledProject: Sendable, Hashable {
    public let projectID: String
    public let list: StalledList
    /// The stage it is stuck at.
    public let stage: ProjectStage
    /// Days since the day it should have moved on (for 开工未建设: since the start).
    public let daysStalled: Int
    public let linkedLeader: String?
}

extension StalledList {
    /// The lists a project is on today, with the days stalled on each.
    public static func entries(for project: StalledListInput, today: PlanDate) -> [StalledProject] {
        let stage = project.history.current
        var found: [StalledProject] = []
        func add(_ list: StalledList, since day: PlanDate) {
            found.append(StalledProject(projectID: project.projectID, list: list, stage: stage,
                                        daysStalled: day.days(until: today), linkedLeader: project.linkedLeader))
        }
        if [.signed, .registered, .landSupplied].contains(stage),
           let start = project.planned(.started), start < today {
            add(.approvedNotStarted, since: start)
        }
        if stage == .started {
            let started = project.history.currentSince
            if project.completedInvestmentYi <= 0, started.days(until: today) >= idleDaysAfterStart {
                add(.startedNotBuilding, since: started)
            }
            if let completion = project.planned(.completed), completion < today {
                add(.buildingNotCompleted, since: completion)
            }
        }
        if stage.isSignedOrLater, let next = stage.next, let due = project.planned(next), due < today {
            add(.sixNot, since: due)
        }
        return found
    }

    /// Every project on one list, the longest stalled first.
    public static func list(_ list: StalledList, of projects: [StalledListInput], today: PlanDate) -> [StalledProject] {
        projects.flatMap { entries(for: $0, today: today) }
            .filter { $0.list == list }
            .sorted { ($0.daysStalled, $1.projectID) > ($1.daysStalled, $0.projectID) }
    }
}
