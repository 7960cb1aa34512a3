import Foundation
import ZIPFoundation

/// The ZIP container of an XLSX workbook: reads one part (an XML file inside) at a time.
struct XLSXArchive {
    private let archive: Archive

    init(data: Data) throws(ImportFileError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportFileError(.malformedXLSX("not a readable ZIP container / 不是可读取的 ZIP 容器"))
        }
    }

    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The uncompressed bytes of a part; nil when the workbook has no such part.
    func part(_ path: String) throws(ImportFileError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        data.reserveCapacity(Int(clamping: entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in data.append(chunk) }
        } catch {
            throw ImportFileError(.malformedXLSX("cannot unpack \(path) / 无法解压 \(path)"))
        }
        return data
    }

    func requiredPart(_ path: String) throws(ImportFileError) -> Data {
        guard let data = try part(path) else {
            throw ImportFileError(.malformedXLSX("\(path) is missing / 缺少 \(path)"))
        }
        return data
    }
}
