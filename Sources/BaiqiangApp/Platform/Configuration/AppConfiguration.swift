import BaiqiangCore
import Foundation
import Vapor

/// Everything the application is configured with, as one value with defaults. The CLI fills it
/// from flags and environment variables; tests fill it directly.
public struct AppConfiguration: Sendable {
    public var database: DatabaseLocation
    public var hostname = "127.0.0.1"
    public var port = 8080
    /// Seed demo accounts (and, as later capabilities land, demo data) on an empty database.
    public var demo = false
    /// Mark cookies `Secure`: on when the site is served over TLS (directly or by a proxy).
    public var secureCookies = false
    public var sessionLifetime: TimeInterval = 8 * 3600
    /// A session without a request for this long ends (空闲超时), however young it is.
    public var sessionIdleTimeout: TimeInterval = 30 * 60
    /// Accounts without a sign-in for this many days are disabled (see `InactiveAccountRule`);
    /// nil keeps every account (the demo's choice).
    public var inactiveAccountDays: Int? = AppConfiguration.defaultInactiveAccountDays
    public static let defaultInactiveAccountDays = 90
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed; empty: the socket's
    /// peer is the client (a client can write any header, so none is trusted by default).
    public var trustedProxies: Set<String> = []
    /// The largest request body accepted, in bytes.
    public var maxBodySize = 2 * 1024 * 1024
    /// bcrypt cost; tests lower it to stay fast, production keeps 12.
    public var bcryptCost = 12
    /// The bearer token that lets a client other than this machine read `/metrics`; without
    /// one, only loopback clients may.
    public var metricsToken: String?
    /// The county profile (towns, departments) loaded on an empty database.
    public var countyProfile = AppConfiguration.defaultCountyProfile
    public static let defaultCountyProfile = "county/heshan.yaml"
    /// Where the audit chain's key comes from (see `AuditKeySource`).
    public var auditKey = AuditKeySource.standard
    /// Days audit rows are kept before `audit prune` may delete them; nil keeps everything.
    /// Fewer than `AuditRetention.minimumDays` is refused when the application is configured.
    public var auditRetentionDays: Int?
    public static let auditRetentionVariable = "BAIQIANG_AUDIT_RETENTION_DAYS"
    /// Whether the roles `SecondFactorPolicy.requires` names must sign in with a second factor;
    /// nil: yes, unless this is a demo installation (which must start with one command and no
    /// phone at hand).
    public var requireSecondFactor: Bool?
    /// How long an account the policy reaches may still sign in without a second factor,
    /// counted from its first sign-in under the policy.
    public var secondFactorGrace = SecondFactorPolicy.defaultGrace

    public init(database: DatabaseLocation) {
        self.database = database
    }

    /// The second-factor policy these settings make.
    public var secondFactorPolicy: SecondFactorPolicy {
        SecondFactorPolicy(isOn: requireSecondFactor ?? !demo, grace: secondFactorGrace)
    }
}

extension AppConfiguration {
    public var sessionTimeouts: SessionTimeouts {
        SessionTimeouts(idle: sessionIdleTimeout, lifetime: sessionLifetime)
    }

    public var inactiveAccountRule: InactiveAccountRule {
        InactiveAccountRule(days: inactiveAccountDays)
    }
}

extension Application {
    private struct ConfigurationKey: StorageKey {
        typealias Value = AppConfiguration
    }

    public internal(set) var configuration: AppConfiguration {
        get {
            guard let value = storage[ConfigurationKey.self] else { fatalError("configure(_:_:) was not called") }
            return value
        }
        set { storage[ConfigurationKey.self] = newValue }
    }
}
