/// The tabular file formats an import accepts (表格格式).
public enum TableFormat: String, Sendable, CaseIterable, Codable {
    case csv
    case xlsx

    /// Decides from the content, not the file name (uploads lose or lie about extensions): a ZIP
    /// container is XLSX; text without NUL bytes or a known binary signature is CSV; anything else
    /// (an old OLE .xls, a PDF, an image) is rejected.
    public static func detect(_ bytes: UnsafeRawBufferPointer) throws(ImportFileError) -> TableFormat {
        guard !bytes.isEmpty else { throw ImportFileError(.empty) }
        if bytes.starts(with: zipSignature) { return .xlsx }
        for signature in binarySignatures where bytes.starts(with: signature) {
            throw ImportFileError(.notCSVOrXLSX)
        }
        // Text never holds NUL or most C0 controls; UTF-16 text (with NULs) is not supported either.
        let sample = bytes.prefix(64 * 1024)
        let controls = sample.lazy.filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }.count
        if controls > 0 { throw ImportFileError(.notCSVOrXLSX) }
        return .csv
    }

    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let binarySignatures: [[UInt8]] = [
        [0xD0, 0xCF, 0x11, 0xE0],  // OLE compound file: .xls, .doc
        Array("%PDF".utf8),
        [0x89, 0x50, 0x4E, 0x47],  // PNG
        [0xFF, 0xD8, 0xFF],        // JPEG
        [0x50, 0x4B, 0x05, 0x06],  // empty ZIP
        [0x1F, 0x8B],              // gzip
    ]
}
