import Fluent

extension AccountStore {
    /// Sets the county a prefecture account's session looks into.
    func setViewingCounty(_ county: String, sessionTokenHash hash: String) async throws {
        try await UserSession.query(on: db).filter(\.$tokenHash == hash).set(\.$viewingCounty, to: county).update()
    }
}
