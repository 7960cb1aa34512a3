import Foundation

/// How long audit rows are kept before `baiqiang audit prune` may delete them. The
/// Cybersecurity Law (《网络安全法》art. 21) requires network logs to be kept for at least six
/// months, so a retention shorter than 180 days is refused; none configured keeps everything.
public enum AuditRetention {
    public static let minimumDays = 180

    /// Why a configured retention is refused.
    public struct Refusal: BilingualError, Equatable {
        public let message: BilingualText
    }

    /// The retention to run with: nil keeps everything; fewer than 180 days is refused.
    public static func validated(days: Int?) throws(Refusal) -> Int? {
        guard let days else { return nil }
        guard days >= minimumDays else {
            throw Refusal(message: BilingualText(
                zh: "审计日志保存期限为 \(days) 天，短于《网络安全法》第二十一条要求的不少于六个月（\(minimumDays) 天）；请设为 \(minimumDays) 天或更长，或不设（永久保存）",
                en: "An audit retention of \(days) days is shorter than the six months (\(minimumDays) days) the Cybersecurity Law, art. 21, requires; set \(minimumDays) days or more, or none (keep everything)"))
        }
        return days
    }

    /// Reads a retention given as text (an environment variable): blank is none.
    public static func parse(_ text: String?) throws(Refusal) -> Int? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        guard let days = Int(trimmed) else {
            throw Refusal(message: BilingualText(
                zh: "审计日志保存期限应为天数（整数），而不是“\(trimmed)”",
                en: "The audit retention is a number of days, not \"\(trimmed)\""))
        }
        return try validated(days: days)
    }

    /// The first instant kept: the start, in Beijing time, of the day `days` days before today.
    /// A row on that day is kept however early in it; a row before it may be pruned.
    public static func keptFrom(now: Date, days: Int) -> Date {
        ShanghaiTime.instant(ShanghaiTime.day(of: now).adding(days: -days))
    }

    /// Why `audit prune` does nothing without a retention.
    public static let notConfigured = Refusal(message: BilingualText(
        zh: "未配置审计日志保存期限，审计记录全部保留，不作清理。如需清理，请设置 BAIQIANG_AUDIT_RETENTION_DAYS（至少 \(minimumDays) 天）",
        en: "No audit retention is configured, so every audit row is kept and none is pruned. To prune, set BAIQIANG_AUDIT_RETENTION_DAYS (at least \(minimumDays) days)"))
}
