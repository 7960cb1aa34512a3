/// An industry code that the classification does not contain, or that is not well formed.
public struct IndustryCodeError: BilingualError, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case empty
        /// Not a letter, or 2–4 digits (optionally after the section letter).
        case malformed
        /// Well formed, but not in the table.
        case unknown
        /// A section letter in front of digits that belong to another section (`A3981`).
        case wrongSection(expected: String)
    }

    public let code: String
    public let reason: Reason

    public init(code: String, reason: Reason) {
        self.code = code
        self.reason = reason
    }

    public var message: BilingualText {
        switch reason {
        case .empty:
            BilingualText(zh: "行业代码为空", en: "The industry code is empty")
        case .malformed:
            BilingualText(
                zh: "行业代码“\(code)”格式不对：应为门类字母或 2–4 位数字（GB/T 4754-2017）",
                en: "Industry code '\(code)' is malformed: expected a section letter or 2–4 digits (GB/T 4754-2017)")
        case .unknown:
            BilingualText(
                zh: "行业代码“\(code)”不在《国民经济行业分类》（GB/T 4754-2017）中",
                en: "Industry code '\(code)' is not in the industry classification (GB/T 4754-2017)")
        case .wrongSection(let expected):
            BilingualText(
                zh: "行业代码“\(code)”的门类字母不对：应为“\(expected)”",
                en: "Industry code '\(code)' has the wrong section letter: expected '\(expected)'")
        }
    }
}
