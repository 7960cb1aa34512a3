/// One reason a data file shipped with or loaded into the platform (a working-day calendar, the
/// demand categories) is refused, said in both languages.
public protocol DataFileReason: Sendable, Equatable {
    var text: BilingualText { get }
}

/// Why a data file was refused, with where in the file: the reason's text prefixed by the file's
/// name and line when they are known.
public struct DataFileError<R: DataFileReason>: BilingualError, Equatable {
    /// The file's own reasons, e.g. `CalendarDataError.Reason`.
    public typealias Reason = R

    public let reason: Reason
    /// The file's name, when the data came from a file.
    public var file: String?
    /// The 1-based line in the file, when known.
    public var line: Int?
    /// The 1-based column of `line`, when known.
    public var column: Int?

    public init(_ reason: Reason, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
    }

    public var message: BilingualText {
        reason.text.located(file: file, line: line, column: column)
    }
}
