import BaiqiangCore
import Vapor

extension AuditExportFormat {
    var mediaType: HTTPMediaType {
        switch self {
        case .csv: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        case .jsonl: HTTPMediaType(type: "application", subType: "jsonl", parameters: ["charset": "utf-8"])
        }
    }

    /// `audit-2026-01-01_2026-06-30.csv`; an open end is written `start` or `now`.
    static func fileName(_ range: AuditExportRange, _ format: AuditExportFormat) -> String {
        "audit-\(range.from ?? "start")_\(range.to ?? "now").\(format.rawValue)"
    }
}
