import FluentPostgresDriver
import FluentSQLiteDriver

/// Failures that only concurrency between processes causes, after which the whole transaction
/// can simply run again: each process has its own write gate, so two servers on one PostgreSQL
/// database (or the CLI beside a server on one SQLite file) can meet in the database.
enum TransientConflict {
    /// SQLite: another connection holds the write lock, or this transaction's snapshot went stale
    /// when another committed first. PostgreSQL: a concurrent transaction wrote the same key (two
    /// "next" tracking numbers, two writers on one audit head), a serialization failure, a deadlock.
    static func matches(_ error: any Error) -> Bool {
        if let error = error as? SQLiteError {
            switch error.reason {
            case .busy, .busyInSnapshot, .busyInRecovery, .busyTimeout, .locked: return true
            default: return false
            }
        }
        if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] {
            return ["23505", "40001", "40P01"].contains(state)
        }
        return false
    }
}
