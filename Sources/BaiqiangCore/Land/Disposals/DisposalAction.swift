/// The ways low-efficiency land is dealt with (低效用地处置方式).
public enum DisposalAction: String, Sendable, Hashable, Codable, CaseIterable {
    case takeBack = "take_back"
    case purchaseReserve = "purchase_reserve"
    case swapByAgreement = "swap_by_agreement"
    case technicalUpgrade = "technical_upgrade"
    case redevelopment
    case replaceOccupant = "replace_occupant"
    case closeDown = "close_down"
    case mergeRelocate = "merge_relocate"
    case changeFunction = "change_function"

    public var label: BilingualText {
        switch self {
        case .takeBack: BilingualText(zh: "收回", en: "Take back")
        case .purchaseReserve: BilingualText(zh: "收购储备", en: "Purchase into reserve")
        case .swapByAgreement: BilingualText(zh: "协议置换", en: "Swap by agreement")
        case .technicalUpgrade: BilingualText(zh: "技改提升", en: "Technical upgrade")
        case .redevelopment: BilingualText(zh: "工改工/二次开发", en: "Industrial redevelopment")
        case .replaceOccupant: BilingualText(zh: "腾笼换鸟", en: "Replace the occupant")
        case .closeDown: BilingualText(zh: "淘汰关停", en: "Close down")
        case .mergeRelocate: BilingualText(zh: "合并搬迁", en: "Merge and relocate")
        case .changeFunction: BilingualText(zh: "功能转换", en: "Change of function")
        }
    }
}

/// Where a disposal stands.
public enum DisposalStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case planned, inProgress = "in_progress", completed
    /// Given up before completion (撤销), with a reason: it disposed of nothing.
    case withdrawn

    public var label: BilingualText {
        switch self {
        case .planned: BilingualText(zh: "计划", en: "Planned")
        case .inProgress: BilingualText(zh: "推进中", en: "In progress")
        case .completed: BilingualText(zh: "已完成", en: "Completed")
        case .withdrawn: BilingualText(zh: "已撤销", en: "Withdrawn")
        }
    }

    /// The statuses a disposal may move on to from this one: forward one step, or withdrawn
    /// while not yet done. Completed and withdrawn are final; a mistake there is corrected, not advanced.
    public var next: [DisposalStatus] {
        switch self {
        case .planned: [.inProgress, .withdrawn]
        case .inProgress: [.completed, .withdrawn]
        case .completed, .withdrawn: []
        }
    }
}
