import Foundation

/// A disposal as a person types it (a form, a row of a file, a JSON body): every field as text,
/// read into a `Disposal` or into the reasons it cannot be, each naming its field.
public struct DisposalInput: Sendable, Hashable {
    public var values: [DisposalField: String]

    public init(_ values: [DisposalField: String]) {
        self.values = values.compactMapValues { value in
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The action named by its code (`technical_upgrade`) or its Chinese name (技改提升).
    public static func action(_ text: String) -> DisposalAction? {
        DisposalAction(rawValue: text) ?? DisposalAction.allCases.first { $0.label.zh == text || $0.label.en == text }
    }

    /// The status named by its code (`in_progress`) or its Chinese name (推进中).
    public static func status(_ text: String) -> DisposalStatus? {
        DisposalStatus(rawValue: text) ?? DisposalStatus.allCases.first { $0.label.zh == text || $0.label.en == text }
    }

    /// The disposal, or every reason it cannot be read. A status left out is planned.
    public func disposal() -> Result<Disposal, FieldInputError> {
        var issues: [LocatedIssue] = []
        func report(_ field: DisposalField, _ reason: BilingualText) {
            issues.append(LocatedIssue(row: nil, column: field.rawValue, reason: reason))
        }
        func required(_ field: DisposalField) -> String? {
            guard let value = values[field] else {
                report(field, BilingualText(zh: "必填", en: "is required"))
                return nil
            }
            return value
        }
        func date(_ field: DisposalField) -> LocalDate? {
            guard let text = values[field] else { return nil }
            guard let date = SpreadsheetDate.read(text) else {
                report(field, BilingualText(zh: "“\(text)”不是 YYYY-MM-DD 格式的日期（或 Excel 日期单元格）", en: "'\(text)' is not a date as YYYY-MM-DD (or an Excel date cell)"))
                return nil
            }
            return date
        }
        func number(_ field: DisposalField) -> Double? {
            guard let text = values[field] else { return nil }
            guard let value = Double(text), value.isFinite else {
                report(field, BilingualText(zh: "“\(text)”不是数字", en: "'\(text)' is not a number"))
                return nil
            }
            return value
        }
        var fields = FieldChecker()
        fields.text(values[.parcelNumber], .code, field: DisposalField.parcelNumber.rawValue)
        let parcel = required(.parcelNumber)
        let actionText = required(.action)
        let action = actionText.flatMap(Self.action)
        if let actionText, action == nil {
            report(.action, BilingualText(zh: "未知的处置方式“\(actionText)”", en: "Unknown disposal action '\(actionText)'"))
        }
        let areaText = required(.areaMu)
        let mu = number(.areaMu)
        if let mu, areaText != nil, let reason = FieldLimits.check(mu, in: 0...FieldLimits.maximumMagnitude) {
            report(.areaMu, reason)
        }
        let startedText = required(.started)
        let started = date(.started)
        var status = DisposalStatus.planned
        if let text = values[.status] {
            if let known = Self.status(text) { status = known } else {
                report(.status, BilingualText(zh: "未知的处置状态“\(text)”", en: "Unknown disposal status '\(text)'"))
            }
        }
        let planned = date(.plannedCompletion), completed = date(.completed)
        let plotRatio = number(.plotRatioAfter), tax = number(.taxPerMuAfter)
        issues = fields.issues + issues
        guard issues.isEmpty, let parcel, let action, let mu, let started, startedText != nil else {
            return .failure(FieldInputError(issues))
        }
        return .success(Disposal(parcelNumber: parcel, action: action, area: LandArea(mu: mu), started: started,
                                 plannedCompletion: planned, completed: completed, status: status,
                                 responsibleUnit: values[.responsibleUnit], note: values[.note],
                                 withdrawnReason: values[.withdrawnReason], plotRatioAfter: plotRatio, taxPerMuAfterWan: tax))
    }
}
