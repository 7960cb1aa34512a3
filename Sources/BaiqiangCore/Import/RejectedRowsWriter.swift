/// Writes the rows an import rejected (被拒绝的行), as they were in the file plus a `reason`
/// column, so a user can fix them in Excel and import that file again (`--partial`).
public enum RejectedRowsWriter {
    /// CSV bytes: UTF-8 with a BOM (so Excel shows Chinese correctly), the original header plus
    /// `reason`, then each rejected row's original cells and its reasons.
    public static func csv(header: [String], rows: [RejectedRow], language: Language? = nil) -> [UInt8] {
        var writer = CSVWriter(reservingCapacity: 64 * (rows.count + 1))
        for name in header { writer.field(name) }
        writer.field(reasonHeader(language))
        writer.endRecord()
        for rejected in rows {
            for index in 0..<header.count {
                writer.field(index < rejected.cells.count ? rejected.cells[index] : "")
            }
            writer.field(reasonText(rejected.reasons, language))
            writer.endRecord()
        }
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }

    /// The same as an XLSX workbook with one sheet.
    public static func xlsx(header: [String], rows: [RejectedRow], language: Language? = nil) throws -> [UInt8] {
        var sheet = XLSXWriter(sheetName: language == .en ? "Rejected" : "未导入的行")
        sheet.appendRow((header + [reasonHeader(language)]).map(XLSXCellValue.text))
        for rejected in rows {
            var cells = (0..<header.count).map { index in
                XLSXCellValue.text(index < rejected.cells.count ? rejected.cells[index] : "")
            }
            cells.append(.text(reasonText(rejected.reasons, language)))
            sheet.appendRow(cells)
        }
        return try sheet.bytes()
    }

    static func reasonHeader(_ language: Language?) -> String {
        switch language {
        case .en: "reason"
        case .zhHans: "原因"
        case nil: "reason"
        }
    }

    /// Both languages unless one is asked for: the file may go to someone using the other one.
    static func reasonText(_ reasons: [BilingualText], _ language: Language?) -> String {
        switch language {
        case .en: reasons.map(\.en).joined(separator: "; ")
        case .zhHans: reasons.map(\.zh).joined(separator: "；")
        case nil: reasons.map { "\($0.zh) / \($0.en)" }.joined(separator: "；")
        }
    }
}
