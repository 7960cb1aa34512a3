import BaiqiangCore

/// The audit log for administrators: a filtered page of entries, newest first, and the check of
/// its chain.
enum AdminAuditPage {
    struct Model {
        var filter: AuditStore.Filter
        var rows: [AuditEntry]
        /// The sequence the next page starts before, when there is one.
        var next: Int?
        var verification: Verification
    }

    /// The chain check: offered, or its outcome when asked for.
    enum Verification {
        case offered
        case intact(count: Int, anchor: String)
        case broken(BilingualText)
    }
}
