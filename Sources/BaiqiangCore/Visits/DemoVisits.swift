import Foundation

/// Generated visits for `serve --demo`: about three firms in four visited within the last 150
/// days (so some are overdue under a 90-day plan), some with risks heard. The same seed gives
/// the same visits; the caller stores them flagged as demo data (演示数据).
public enum DemoVisits {
    static let remarks = [
        "订单平稳，希望协调用工招聘", "原材料涨价，利润承压", "计划扩产，需要新增用地", "厂房租约明年到期，正在比选新址",
        "外地园区邀请落户，条件较优", "新任总经理到岗，关注审批时限",
    ]

    public static func generate(firms: [String], leader: String, today: PlanDate, seed: UInt64) -> [VisitRecord] {
        var rng = SplitMix64(seed: seed, index: 0, stream: 0x7A15)
        var visits: [VisitRecord] = []
        for firm in firms {
            guard rng.next() % 4 != 0 else { continue }
            let daysAgo = Int(rng.next() % 150)
            let day = Self.day(today, minus: daysAgo)
            let flags = Set(RiskFlag.allCases.filter { _ in rng.next() % 6 == 0 })
            let remark = remarks[Int(rng.next() % UInt64(remarks.count))]
            visits.append(VisitRecord(creditCode: firm, leaderUsername: leader, date: day, participants: "挂钩领导及工信局联络员",
                                      firmSaid: remark, flags: flags))
        }
        return visits
    }

    static func day(_ day: PlanDate, minus days: Int) -> PlanDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
        return PlanDate(calendar.date(byAdding: .day, value: -days, to: start)!, timeZone: calendar.timeZone)
    }
}
