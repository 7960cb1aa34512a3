import Fluent

extension AccountStore {
    /// Sets the county a prefecture account's session looks into.
    func setViewingCounty(_ county: String, sessionTokenHash hash: String) async throws {
        try await UserSession.query(on: db).filter(\.$tokenHash == hash).set(\.$viewingCounty, to: county).update()
    }

    /// Points the session with `sessionTokenHash` at `county`, audited as the account `username`
    /// choosing it over `previous`.
    static func chooseViewingCounty(_ county: String, sessionTokenHash hash: String, username: String, previous: String,
                                    writer: Writer) async throws {
        try await writer.transaction { db, audit in
            try await AccountStore(db: db).setViewingCounty(county, sessionTokenHash: hash)
            try await audit.record(.sessionCountyChosen, entity: .userSession, id: username, before: previous, after: county)
        }
    }
}
