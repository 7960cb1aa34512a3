/// The plans shipped with Baiqiang; `baiqiang serve` loads the default one into an empty
/// database.
public enum DefaultPlan {
    /// Heshan's plan from the 2022 plenary report (鹤山市委十三届三次全会).
    public static let heshanResource = "plans/heshan-2022.yaml"

    /// Reads and validates a bundled plan as of `now`.
    public static func load(_ resource: String = heshanResource, now: PlanDate) throws -> PlanDocument {
        try PlanYAML.read(try CoreResources.text(resource), now: now)
    }
}
