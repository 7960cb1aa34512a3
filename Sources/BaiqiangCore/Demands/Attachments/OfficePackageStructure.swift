import Foundation

/// An Office Open XML package (DOCX, XLSX): a ZIP container that passes the capped reader's
/// checks, with `[Content_Types].xml` naming the document's main part as the non-macro type of
/// its kind, that main part present, both unpacking to XML, and no macro project inside.
enum OfficePackageStructure {
    static func check(_ data: Data, kind: AttachmentKind) throws(AttachmentRefusal.Reason) {
        let (mainPart, mainType) = kind == .docx
            ? ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
            : ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        do throws(ZIPRefusal) {
            let directory = try ZIPDirectory(data, limits: .userFiles)
            guard let types = directory["[Content_Types].xml"], let main = directory[mainPart] else {
                let missing = directory["[Content_Types].xml"] == nil ? "[Content_Types].xml" : mainPart
                throw ZIPRefusal(zh: "缺少 \(missing)", en: "\(missing) is missing")
            }
            guard !directory.entries.contains(where: { $0.path.lowercased().hasSuffix("vbaproject.bin") }) else {
                throw ZIPRefusal(zh: "文件含有宏，不允许上传", en: "the file contains macros")
            }
            let typeList = String(decoding: try ZIPEntryReader(data: data, entry: types).readAll(atMost: 1024 * 1024), as: UTF8.self)
            guard typeList.contains(mainType) else {
                throw ZIPRefusal(zh: "[Content_Types].xml 未将 \(mainPart) 声明为主部件", en: "[Content_Types].xml does not declare \(mainPart) as the main part")
            }
            try checkXML(ZIPEntryReader(data: data, entry: main))
        } catch {
            throw .broken(error.zh, error.en)
        }
    }

    /// Unpacks the whole part (checking sizes and checksum) and sees it starts as XML does.
    private static func checkXML(_ reader: ZIPEntryReader) throws(ZIPRefusal) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var first: UInt8?
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { pointer in
                Result { () throws(ZIPRefusal) in try reader.read(into: pointer.baseAddress!, capacity: pointer.count) }
            }.get()
            guard count > 0 else { break }
            if first == nil {
                // A byte-order mark or whitespace may come first.
                first = buffer[0..<count].first { ![0xEF, 0xBB, 0xBF, 0x09, 0x0A, 0x0D, 0x20].contains($0) }
            }
        }
        guard first == UInt8(ascii: "<") else {
            throw ZIPRefusal(zh: "\(reader.entry.path) 不是 XML", en: "\(reader.entry.path) is not XML")
        }
    }
}
