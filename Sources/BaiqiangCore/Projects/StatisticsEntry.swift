/// 入库: the day a started project was entered in the statistics bureau's database of fixed-asset
/// investment projects, which the lights' third part waits for (`ProjectLightRule`).
public enum StatisticsEntry {
    /// Why `day` cannot be a project's entry day, or nil when it can: a project is entered once
    /// building has begun, and not on a day still to come.
    public static func problem(day: PlanDate, started: PlanDate?, today: PlanDate) -> BilingualText? {
        guard let started else {
            return BilingualText(zh: "项目尚未开工，不能登记入库", en: "The project has not started, so it cannot be entered yet")
        }
        if day < started {
            return BilingualText(zh: "入库日期不能早于开工日期 \(started)", en: "The entry day cannot be before the start on \(started)")
        }
        if day > today {
            return BilingualText(zh: "入库日期不能晚于今天", en: "The entry day cannot be later than today")
        }
        return nil
    }
}
