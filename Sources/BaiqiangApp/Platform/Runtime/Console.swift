import BaiqiangCore
import Foundation
import Logging

/// The version the binary reports.
public enum BaiqiangVersion {
    public static let current = "0.1.0"
}

/// Logging for the command line and the server: one line per event, `key=value` pairs
/// (logfmt), so logs can be grepped by request id and parsed by collectors.
public struct LogfmtHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String
    /// Where the `ts` field is read.
    let clock: AppClock

    public init(label: String, level: Logger.Level, clock: AppClock) {
        self.label = label
        self.logLevel = level
        self.clock = clock
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [(String, String)] = [
            ("ts", AuditClock.timestamp(clock.now)), ("level", event.level.rawValue), ("msg", event.message.description),
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for key in merged.keys.sorted() { fields.append((key, "\(merged[key]!)")) }
        let line: String = fields.map { key, value in
            let needsQuotes = value.contains(" ") || value.contains("\"") || value.contains("=") || value.isEmpty
            return needsQuotes ? "\(key)=\"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"" : "\(key)=\(value)"
        }.joined(separator: " ")
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Installs the handler process-wide (once, at start-up).
    public static func bootstrap(level: Logger.Level, clock: AppClock = AppClock()) {
        LoggingSystem.bootstrap { LogfmtHandler(label: $0, level: level, clock: clock) }
    }
}
