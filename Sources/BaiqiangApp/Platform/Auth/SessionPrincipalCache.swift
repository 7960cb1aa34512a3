import BaiqiangCore
import Foundation
import Vapor

/// A live session's principal, kept between requests by the digest of its cookie, so that a
/// signed-in page does not read the session, its account and the account's bindings each time.
///
/// It is kept while the data generation stands (`GenerationCache`): signing out, ending a
/// session, deactivating an account or changing its role or bindings are audited writes, so
/// they move the generation on, in whichever process they ran. Nor does it serve a session that
/// is over or due to be touched: the session is then read again, so another server's touch is
/// seen and an entry serves at most `UserSession.touchInterval` unread.
struct KeptSession: Sendable {
    var times: SessionTimes
    var principal: Principal

    func principal(_ timeouts: SessionTimeouts, now: Date) -> Principal? {
        times.isOver(timeouts, now: now) || times.needsTouch(now: now) ? nil : principal
    }
}

typealias SessionPrincipalCache = GenerationCache<String, KeptSession>

extension Application {
    private struct SessionPrincipalsKey: StorageKey {
        typealias Value = SessionPrincipalCache
    }

    var sessionPrincipals: SessionPrincipalCache {
        guard let cache = storage[SessionPrincipalsKey.self] else { fatalError("configure(_:_:) was not called") }
        return cache
    }

    /// More live sessions than a county has staff; past it the table starts again.
    func installSessionPrincipals() {
        storage[SessionPrincipalsKey.self] = SessionPrincipalCache(capacity: 10_000)
    }
}
