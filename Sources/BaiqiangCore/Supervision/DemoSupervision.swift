/// The demo's supervisors and reports (演示数据): a few appointed people, one whose term has
/// ended, and reports in every state, so each page has something to show.
public enum DemoSupervision {
    public struct Supervisor: Sendable {
        public var username: String
        public var name: String
        public var unit: String
        public var start: String
        public var end: String
    }

    public struct Report: Sendable {
        public var supervisor: String
        public var typeCode: String
        public var unit: String
        /// How many days before the demo is made it happened.
        public var daysAgo: Int
        public var description: String
        public var steps: [SupervisionHandling.Step]
    }

    /// Two supervisors in a term around `today`, and one whose term ended last year.
    public static func supervisors(today: PlanDate) -> [Supervisor] {
        let year = today.year
        return [
            Supervisor(username: "demo-supervisor-1", name: "演示监督员甲", unit: "市人大代表", start: "\(year - 1)-01-01", end: "\(year + 1)-12-31"),
            Supervisor(username: "demo-supervisor-2", name: "演示监督员乙", unit: "市工商联", start: "\(year - 1)-01-01", end: "\(year + 1)-12-31"),
            Supervisor(username: "demo-supervisor-3", name: "演示监督员丙", unit: "企业代表", start: "\(year - 4)-01-01", end: "\(year - 1)-12-31"),
        ]
    }

    public static func reports(departments: [String], towns: [String]) -> [Report] {
        let unit = { (index: Int) -> String in
            let all = departments.map { "department:\($0)" } + towns.map { "town:\($0)" }
            return all.isEmpty ? "" : all[index % all.count]
        }
        return [
            Report(supervisor: "demo-supervisor-1", typeCode: "delay", unit: unit(0), daysAgo: 21,
                   description: "（演示）企业反映项目审批材料齐全后超过承诺时限仍未办结。", steps: []),
            Report(supervisor: "demo-supervisor-1", typeCode: "obstruction", unit: unit(3), daysAgo: 28,
                   description: "（演示）窗口人员多次要求补交与事项无关的材料。", steps: [.accept]),
            Report(supervisor: "demo-supervisor-2", typeCode: "improper_charges", unit: unit(5), daysAgo: 35,
                   description: "（演示）办理过程中被要求缴纳无依据的服务费。", steps: [.accept, .investigate]),
            Report(supervisor: "demo-supervisor-2", typeCode: "graft", unit: unit(7), daysAgo: 42,
                   description: "（演示）检查人员暗示企业安排宴请。",
                   steps: [.accept, .investigate, .conclude(.partlySubstantiated, actionTaken: "（演示）对相关人员进行诫勉谈话，责令整改。")]),
            Report(supervisor: "demo-supervisor-1", typeCode: "delay", unit: unit(0), daysAgo: 49,
                   description: "（演示）企业反映施工许可办理拖延。",
                   steps: [.accept, .conclude(.notSubstantiated, actionTaken: "（演示）经核查，办理时限符合规定，已向反映人说明。")]),
        ]
    }
}
