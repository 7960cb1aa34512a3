/// How far the data has moved on: the audit log's head, which every committed audited write
/// advances in its own transaction. What was computed from the data while the head stood here
/// is still true; because the head lives in the database, a write through another server on the
/// same PostgreSQL, or through the command line beside a server, shows on the next request too.
/// (The hash as well as the sequence: a restored database may reach the same number again.)
public struct DataGeneration: Sendable, Hashable {
    public var sequence: Int
    public var hash: String
}
