import Foundation

/// The ZIP container of an XLSX workbook: hands out one part (an XML file inside) at a time as a
/// stream that unpacks as it is read, under the caps of `ZIPLimits.userFiles`.
struct XLSXArchive {
    private let data: Data
    private let directory: ZIPDirectory

    init(data: Data) throws(ImportFileError) {
        do throws(ZIPRefusal) {
            directory = try ZIPDirectory(data, limits: .userFiles)
        } catch {
            throw ImportFileError(.malformedXLSX(error.detail))
        }
        self.data = data
    }

    func contains(_ path: String) -> Bool {
        directory[path] != nil
    }

    /// A reader of a part's unpacked bytes; nil when the workbook has no such part.
    func reader(_ path: String) throws(ImportFileError) -> ZIPEntryReader? {
        guard let entry = directory[path] else { return nil }
        do throws(ZIPRefusal) {
            return try ZIPEntryReader(data: data, entry: entry)
        } catch {
            throw ImportFileError(.malformedXLSX(error.detail))
        }
    }

    func requiredReader(_ path: String) throws(ImportFileError) -> ZIPEntryReader {
        guard let reader = try reader(path) else {
            throw ImportFileError(.malformedXLSX("\(path) is missing / 缺少 \(path)"))
        }
        return reader
    }

    /// Parses a part with `parser` as it is unpacked; false when the workbook has no such part.
    @discardableResult
    func parse(_ path: String, with parser: XMLPartParser) throws(ImportFileError) -> Bool {
        guard let reader = try reader(path) else { return false }
        try parser.parse(ZIPEntryInputStream(reader), part: path)
        return true
    }

    /// Parses a part that must be there; `limit` lowers the per-part cap for a part whose
    /// contents are held in memory.
    func parseRequired(_ path: String, with parser: XMLPartParser, atMost limit: Int? = nil) throws(ImportFileError) {
        let reader = try requiredReader(path)
        if let limit, reader.entry.uncompressedSize > limit {
            let refusal = ZIPRefusal.tooLarge(path, declared: UInt64(reader.entry.uncompressedSize), limit: limit)
            throw ImportFileError(.malformedXLSX(refusal.detail))
        }
        try parser.parse(ZIPEntryInputStream(reader), part: path)
    }
}
