import BaiqiangCore

/// The registry's upload page: the form, the report of the last upload (rows read, inserted,
/// updated, rejected) with every rejected row's reason, and the recent imports.
enum EnterpriseImportPage {
    struct Model {
        /// What the upload just made, when one was made.
        var outcome: RegistryImporter.Outcome?
        /// Why the upload was refused as a whole.
        var failure: (any LocatedIssues)?
        var reports: [ImportReportRecord]

        /// The rows to show a reason for: the refusal's, else the report's.
        var issues: [LocatedIssue] {
            failure?.locatedIssues ?? outcome?.report.issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) } ?? []
        }
    }
}
