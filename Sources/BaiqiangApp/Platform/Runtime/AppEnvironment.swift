import BaiqiangCore
import Foundation
import Vapor

/// Everything the application takes from outside its own code: the clock, new identifiers,
/// secure random bytes and the county's reference data. The server and the CLI run on the live
/// version (`AppEnvironment+Live.swift`, the one place that reads the system's time and
/// generators), tests on the test version; code without a `Request` receives it as a value.
public struct AppEnvironment: Sendable {
    public var clock: AppClock
    /// A new identifier for a row written in bulk (Fluent makes the others).
    public var uuid: @Sendable () -> UUID
    /// Bytes for secrets (session, CSRF and API tokens, keys). From the system's CSPRNG in both
    /// versions: a token a test could predict is a token an attacker could predict.
    public var secureRandomBytes: @Sendable (Int) -> [UInt8]
    public var reference: ReferenceData

    public init(clock: AppClock, uuid: @escaping @Sendable () -> UUID,
                secureRandomBytes: @escaping @Sendable (Int) -> [UInt8], reference: ReferenceData) {
        self.clock = clock
        self.uuid = uuid
        self.secureRandomBytes = secureRandomBytes
        self.reference = reference
    }

    public var now: Date { clock.now }

    /// Now to the whole second, as stored demand state keeps it.
    public var nowToTheSecond: Date { Date(timeIntervalSince1970: floor(now.timeIntervalSince1970)) }

    /// The county's day (Asia/Shanghai) now.
    public var today: PlanDate { PlanDate(now, timeZone: ShanghaiDay.timeZone) }
}

extension Application {
    private struct EnvironmentKey: StorageKey {
        typealias Value = AppEnvironment
    }

    /// This application's environment. `configure` installs the live one unless a test has set
    /// its own first.
    public var appEnvironment: AppEnvironment {
        get {
            guard let value = storage[EnvironmentKey.self] else { fatalError("configure(_:_:) was not called") }
            return value
        }
        set { storage[EnvironmentKey.self] = newValue }
    }

    /// Installs the live environment for `config` unless one is set already.
    func installEnvironment(_ config: AppConfiguration) {
        if storage[EnvironmentKey.self] == nil {
            appEnvironment = .live(countyProfile: config.countyProfile)
        }
    }
}

extension Request {
    /// The application's environment.
    public var appEnvironment: AppEnvironment { application.appEnvironment }
}
