import BaiqiangCore
import NIOConcurrencyHelpers
import Vapor

/// Checking a password against its bcrypt digest on the thread pool, never on the tasks that
/// serve requests and never inside the write gate: at cost 12 a check takes a quarter second.
struct PasswordCheck: Sendable {
    let hasher: any PasswordHasher
    let threadPool: NIOThreadPool
    /// A digest of a random password at the same cost, checked for an unknown username so that
    /// the answer takes as long as for a known one and timing does not tell which names exist.
    let dummyDigest: @Sendable () throws -> String

    func verify(_ password: String, against digest: String?) async throws -> Bool {
        let hasher = self.hasher, dummy = self.dummyDigest
        return try await threadPool.runIfActive {
            let matches = try hasher.verify(password, created: digest ?? dummy())
            return digest != nil && matches
        }
    }
}

extension PasswordCheck {
    /// Refuses `password` when it is one of the recent ones in `history` (see `PasswordHistory`):
    /// up to five bcrypt checks, on the pool like any other.
    func refuseRecent(_ password: String, history: [String]) async throws {
        let hasher = self.hasher
        try await threadPool.runIfActive {
            try PasswordHistory.check(password, history: history) { (try? hasher.verify($0, created: $1)) ?? false }
        }
    }
}

extension Application {
    private struct PasswordCheckKey: StorageKey {
        typealias Value = (pool: NIOThreadPool, dummy: NIOLockedValueBox<String?>)
    }

    /// Starts the threads password checks run on: a pool of their own, half the cores, so that
    /// a burst of logins cannot occupy the shared pool the SQLite driver does its work on.
    func installPasswordCheck() {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount / 2))
        pool.start()
        storage[PasswordCheckKey.self] = (pool, NIOLockedValueBox(nil))
        lifecycle.use(PasswordPoolShutdown(pool: pool))
    }

    /// The password check of this application (its hasher, thread pool and dummy digest).
    var passwordCheck: PasswordCheck {
        guard let (pool, box) = storage[PasswordCheckKey.self] else { fatalError("installPasswordCheck() was not called") }
        let hasher = password.sync, environment = appEnvironment
        return PasswordCheck(hasher: hasher, threadPool: pool, dummyDigest: {
            try box.withLockedValue { cached in
                if let cached { return cached }
                let digest = try hasher.hash(Secrets.randomToken(from: environment))
                cached = digest
                return digest
            }
        })
    }
}

private struct PasswordPoolShutdown: LifecycleHandler {
    let pool: NIOThreadPool

    func shutdownAsync(_ application: Application) async {
        try? await pool.shutdownGracefully()
    }
}
