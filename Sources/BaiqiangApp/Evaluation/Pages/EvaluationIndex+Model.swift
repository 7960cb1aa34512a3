import BaiqiangCore

/// The evaluation's front page: the runs so far, and for those who may, the forms to start one.
enum EvaluationIndexPage {
    struct Model {
        var runs: [EvaluationRun]
        /// The newest year the registry has figures for, offered for a new run.
        var latestRegistryYear: Int?
        var mayRun: Bool
        /// Why the last attempt to start a run was refused.
        var error: String?
        /// Every problem of a refused upload, with its row and column.
        var issues: [LocatedIssue] = []
    }
}
