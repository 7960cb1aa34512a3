import Foundation

/// Photos on a grid event (现场照片): what a worker may attach. Only JPEG and PNG, judged by their
/// whole structure (`AttachmentInspection`), not by their name or first bytes; at most 5 MB each
/// and `maximumPerEvent` per event, so a phone's pictures fit and a page of them stays light.
public enum GridEventPhotos {
    public static let maximumPerEvent = 6
    public static let maximumBytes = AttachmentInspection.maximumBytes

    /// The content type of an acceptable photo, or the reason it is refused (naming the file).
    /// `existing` is the number of photos the event has already.
    public static func check(fileName: String, data: Data, existing: Int) throws(FieldInputError) -> String {
        func refuse(_ reason: BilingualText) -> FieldInputError {
            FieldInputError([LocatedIssue(row: nil, column: "photo", reason: reason)])
        }
        guard existing < maximumPerEvent else {
            throw refuse(BilingualText(zh: "每个事件最多 \(maximumPerEvent) 张照片", en: "an event has at most \(maximumPerEvent) photos"))
        }
        if let reason = FieldLimits.check(fileName, .fileName) { throw refuse(reason) }
        guard !data.isEmpty else { throw refuse(BilingualText(zh: "请选择照片文件", en: "choose a photo file")) }
        let kind: AttachmentKind
        do throws(AttachmentRefusal) {
            kind = try AttachmentInspection.inspect(fileName: fileName, data: data)
        } catch {
            throw refuse(error.message)
        }
        guard kind == .jpeg || kind == .png else {
            throw refuse(BilingualText(zh: "“\(fileName)”不是照片：只接受 JPG 或 PNG", en: "'\(fileName)' is not a photo: only JPG or PNG"))
        }
        return kind.contentType
    }
}
