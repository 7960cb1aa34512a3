import BaiqiangCore

/// The big screen (大屏): a 1920×1080 dark page of every target's card and the light counts.
enum PlanScreenPage {
    struct Model {
        var snapshot: PlanSnapshot
    }
}

extension PlanScreenPage.Model {
    /// The targets shown; monitoring indicators have no light and stay off the screen.
    var rows: [KPIRow] { snapshot.kpiRows.filter { !$0.isMonitoring } }
}
