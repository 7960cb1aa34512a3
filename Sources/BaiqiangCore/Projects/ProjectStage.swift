/// The stage (阶段) of an investment project (招商引资项目) in the pipeline:
/// 线索 → 在谈 → 签约 → 注册 → 供地 → 开工 → 竣工 → 投产 → 达产, and 终止 (dropped) from any of them.
public enum ProjectStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// 线索: a lead, nobody talked to yet.
    case lead
    /// 在谈: negotiating.
    case negotiating
    /// 签约: the investment agreement is signed.
    case signed
    /// 注册: the project company is registered (its credit code joins the registry).
    case registered
    /// 供地: land supplied.
    case landSupplied = "land_supplied"
    /// 开工: construction started.
    case started
    /// 竣工: construction completed.
    case completed
    /// 投产: producing (trial production counts).
    case producing
    /// 达产: full capacity.
    case fullCapacity = "full_capacity"
    /// 终止: dropped, from any stage, always with a reason.
    case terminated

    /// The stages of the pipeline in order; 终止 is outside it.
    public static let pipeline: [ProjectStage] = [
        .lead, .negotiating, .signed, .registered, .landSupplied, .started, .completed, .producing, .fullCapacity,
    ]

    /// The place in the pipeline (0 for 线索); nil for 终止.
    public var position: Int? { Self.pipeline.firstIndex(of: self) }

    /// The next stage in the pipeline; nil at 达产 and 终止.
    public var next: ProjectStage? {
        guard let position, position + 1 < Self.pipeline.count else { return nil }
        return Self.pipeline[position + 1]
    }

    /// Whether the agreement has been signed by this stage (签约 or later in the pipeline).
    public var isSignedOrLater: Bool {
        guard let position, let signed = ProjectStage.signed.position else { return false }
        return position >= signed
    }

    public var label: BilingualText {
        switch self {
        case .lead: BilingualText(zh: "线索", en: "lead")
        case .negotiating: BilingualText(zh: "在谈", en: "negotiating")
        case .signed: BilingualText(zh: "签约", en: "signed")
        case .registered: BilingualText(zh: "注册", en: "registered")
        case .landSupplied: BilingualText(zh: "供地", en: "land supplied")
        case .started: BilingualText(zh: "开工", en: "started")
        case .completed: BilingualText(zh: "竣工", en: "completed")
        case .producing: BilingualText(zh: "投产", en: "producing")
        case .fullCapacity: BilingualText(zh: "达产", en: "full capacity")
        case .terminated: BilingualText(zh: "终止", en: "dropped")
        }
    }
}
