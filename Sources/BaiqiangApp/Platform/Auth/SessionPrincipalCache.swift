import BaiqiangCore
import Foundation
import Vapor

/// The principals of live browser sessions, by the digest of their cookie, so that a signed-in
/// page does not read the session, its account and the account's bindings on every request.
///
/// An entry serves only while the data generation is the one it was read at: signing out,
/// ending a session, deactivating an account or changing its role or bindings are audited
/// writes, so they move the generation on, in whichever process they ran. Nor does it serve a
/// session that is over or due to be touched: the session is then read again, so another
/// server's touch is seen and an entry lives at most `UserSession.touchInterval` unread.
actor SessionPrincipalCache {
    struct Entry: Sendable {
        var generation: DataGeneration
        var times: SessionTimes
        var principal: Principal
    }

    /// More live sessions than a county has staff; past it the table starts again.
    static let capacity = 10_000

    private var entries: [String: Entry] = [:]
    private var generation: DataGeneration?

    /// The principal of the session with `tokenHash`, while its entry holds at `generation`
    /// and `now`.
    func principal(tokenHash: String, generation: DataGeneration, timeouts: SessionTimeouts, now: Date) -> Principal? {
        guard let entry = entries[tokenHash], entry.generation == generation,
              !entry.times.isOver(timeouts, now: now), !entry.times.needsTouch(now: now) else { return nil }
        return entry.principal
    }

    /// Keeps `entry`, read at its generation. Entries of another generation can never serve
    /// again, so they go.
    func store(_ entry: Entry, tokenHash: String) {
        if entry.generation != generation || entries.count >= Self.capacity {
            entries = [:]
            generation = entry.generation
        }
        entries[tokenHash] = entry
    }
}

extension Application {
    private struct SessionPrincipalsKey: StorageKey {
        typealias Value = SessionPrincipalCache
    }

    var sessionPrincipals: SessionPrincipalCache {
        guard let cache = storage[SessionPrincipalsKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    func installSessionPrincipals() {
        storage[SessionPrincipalsKey.self] = SessionPrincipalCache()
    }
}
