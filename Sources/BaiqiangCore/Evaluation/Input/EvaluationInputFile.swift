import Foundation

/// What the evaluation reader accepts besides its own UTF-8 CSV: the headers a Chinese office
/// writes, GB18030/GBK text (Excel on a Chinese Windows) and XLSX workbooks. Anything not UTF-8
/// CSV is turned into it first, so the column-wise fast reader stays the only parser.
extension EvaluationInputCSV {
    /// Each column with its Chinese headers (the preferred one first), as the registry files
    /// name the same columns.
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "亩均评价数据", en: "Per-mu evaluation input"),
        columns: [
            ImportColumn("credit_code", chinese: ["统一社会信用代码", "社会信用代码", "信用代码"], kind: .creditCode),
            ImportColumn("name", chinese: ["企业名称", "单位名称", "单位详细名称"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("town", chinese: ["镇街", "所在镇街", "镇(街道)", "镇街名称"], kind: .text(nonEmpty: false, field: .name)),
            ImportColumn("industry", chinese: ["行业代码", "国民经济行业代码", "行业代码(GB/T4754-2017)"], kind: .text(nonEmpty: false, field: .code)),
            ImportColumn("scale", chinese: ["规模", "企业规模", "规模(above/below)"], kind: .text(nonEmpty: true, field: .code)),
        ] + YearlyFigure.evaluated.map { figure in
            ImportColumn(figure.column, chinese: figure.chineseHeaders, kind: .nonNegativeDecimal)
        } + [
            ImportColumn("start_year", chinese: ["投产年份", "开业年份", "成立年份"], kind: .year),
            ImportColumn("flags", chinese: ["标记", "特殊标记"], kind: .text(nonEmpty: false, field: .code)),
        ],
        keyColumns: ["credit_code"])

    /// The English column a header names, in whichever language it is written; nil when it names none.
    static func canonicalColumn(_ written: String) -> String? {
        headerLookup[HeaderText.normalise(written)]
    }

    private static let headerLookup: [String: String] = {
        var lookup: [String: String] = [:]
        for column in spec.columns {
            for name in column.normalisedHeaders { lookup[name] = column.key }
        }
        return lookup
    }()

    /// The bytes as UTF-8 CSV: nil when they already are (read in place, no copy), otherwise
    /// GB18030 text decoded or an XLSX workbook's first sheet written out as CSV.
    static func utf8CSV(_ bytes: UnsafeRawBufferPointer) throws(EvaluationInputError) -> [UInt8]? {
        // An empty file is the reader's own "no rows".
        guard !bytes.isEmpty else { return nil }
        let format: TableFormat
        do { format = try TableFormat.detect(bytes) } catch { throw EvaluationInputError(.unreadableFile(error)) }
        if format == .csv, TextEncoding.detect(bytes) != .gb18030 { return nil }
        let data = Data(bytes)
        do {
            if format == .csv { return try TextDecoding.utf8Bytes(from: data).bytes }
            return try TableReader(data: data).utf8CSV()
        } catch let error as ImportFileError {
            throw EvaluationInputError(.unreadableFile(error))
        } catch {
            throw EvaluationInputError(.unreadableFile(ImportFileError(.malformedXLSX(String(describing: error)))))
        }
    }
}
