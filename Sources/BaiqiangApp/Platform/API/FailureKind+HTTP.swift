import BaiqiangCore
import Vapor

/// The one table from a failure's kind to HTTP: error pages, problem documents and Open311's
/// error documents all take their status and title from here, so a refusal is 403 everywhere.
extension FailureKind {
    var status: HTTPStatus {
        switch self {
        case .invalidInput: .badRequest
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        }
    }

    /// Catalogue key of the title pages and problem documents show.
    var titleKey: String { "error.\(status.code)" }

    /// The kind of an error the application throws, for the command line (which cannot see
    /// Vapor's errors): a `BilingualError` says its own; an `Abort` is read back from its status;
    /// nil for anything else.
    public static func of(_ error: any Error) -> FailureKind? {
        if let bilingual = error as? any BilingualError { return bilingual.kind }
        guard let abort = error as? any AbortError else { return nil }
        return allCases.first { $0.status == abort.status }
    }
}
