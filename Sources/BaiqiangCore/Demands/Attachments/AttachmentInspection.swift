import Foundation

/// The kinds of file a demand may carry.
public enum AttachmentKind: String, CaseIterable, Sendable {
    case pdf, jpeg, png, docx, xlsx

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    /// The file name extensions that may carry this kind.
    public var extensions: [String] {
        switch self {
        case .pdf: ["pdf"]
        case .jpeg: ["jpg", "jpeg"]
        case .png: ["png"]
        case .docx: ["docx"]
        case .xlsx: ["xlsx"]
        }
    }
}

/// Judges an attachment by its whole structure, not its first bytes: a file that only starts
/// like a PDF, an image or an Office document, and is something else after, is refused. Each
/// check is what a reader of that type relies on (a PDF's cross-reference table, a PNG's chunk
/// chain, a JPEG's segments, an Office package's parts), not a full parser; Office packages are
/// read with the capped ZIP reader, so a zip bomb is refused like any other broken file.
public enum AttachmentInspection {
    public static let maximumBytes = 5 * 1024 * 1024

    /// The kind of `data`, which the extension of `fileName` must agree with.
    public static func inspect(fileName: String, data: Data) throws(AttachmentRefusal) -> AttachmentKind {
        func refuse(_ reason: AttachmentRefusal.Reason) -> AttachmentRefusal {
            AttachmentRefusal(fileName: fileName, reason: reason)
        }
        guard data.count <= maximumBytes else { throw refuse(.tooLarge) }
        let ext = (fileName as NSString).pathExtension.lowercased()
        let bytes = [UInt8](data)
        guard let kind = claimedKind(of: bytes, extension: ext), kind.extensions.contains(ext) else {
            throw refuse(.typeNotAllowed)
        }
        do throws(AttachmentRefusal.Reason) {
            switch kind {
            case .pdf: try PDFStructure.check(bytes)
            case .png: try PNGStructure.check(bytes)
            case .jpeg: try JPEGStructure.check(bytes)
            case .docx, .xlsx: try OfficePackageStructure.check(data, kind: kind)
            }
        } catch {
            throw refuse(error)
        }
        return kind
    }

    /// The kind the first bytes claim (an Office package by its extension, both being ZIP).
    private static func claimedKind(of bytes: [UInt8], extension ext: String) -> AttachmentKind? {
        func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(PNGStructure.signature) { return .png }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return ext == "xlsx" ? .xlsx : .docx }
        return nil
    }
}

/// Why an attachment is refused, naming the file.
public struct AttachmentRefusal: BilingualError, Equatable, Sendable {
    public enum Reason: Error, Equatable, Sendable {
        case tooLarge
        case typeNotAllowed
        /// The file claims a type by its first bytes but its structure is broken.
        case broken(zh: String, en: String)
    }

    public let fileName: String
    public let reason: Reason

    public var message: BilingualText {
        switch reason {
        case .tooLarge:
            BilingualText(zh: "附件“\(fileName)”超过 5 MB", en: "The attachment “\(fileName)” is larger than 5 MB")
        case .typeNotAllowed:
            BilingualText(
                zh: "附件“\(fileName)”类型不允许：只接受 PDF、JPG、PNG、DOCX、XLSX 文件（按文件内容判断）",
                en: "The attachment “\(fileName)” is not an allowed type: only PDF, JPG, PNG, DOCX or XLSX files (judged by their content)")
        case .broken(let zh, let en):
            BilingualText(zh: "附件“\(fileName)”已损坏或不是它声称的类型：\(zh)",
                          en: "The attachment “\(fileName)” is damaged or not what it claims to be: \(en)")
        }
    }
}

extension AttachmentRefusal.Reason {
    static func broken(_ zh: String, _ en: String) -> Self { .broken(zh: zh, en: en) }
}
