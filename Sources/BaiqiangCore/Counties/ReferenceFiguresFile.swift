import Foundation

/// The reference counties' figures file (对标县数据导入文件): one published figure a row, as the
/// regional-figures file has them, the county named as it stands in the county's list. Its
/// English header is `county,indicator,period,value,growth_percent,publisher,title,date,address,
/// read_from_copy,correction_reason`; its template is the header alone, in either language: a
/// reference county's figures are the county's to find, so the template invents none.
public enum ReferenceFiguresFile {
    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "对标县数据", en: "Reference county figures"),
        columns: [ImportColumn("unit", english: "county", chinese: ["对标县", "参照县", "县名", "县（市）"], kind: .text(nonEmpty: true, field: .name))]
            + RegionalFiguresFile.spec.columns.dropFirst(),
        keyColumns: ["unit", "indicator", "period"])

    /// Parses a whole file (CSV or XLSX). Each county is read as the name it has in `counties`
    /// (its Chinese or English name); the figures' own checks come after, against what is stored.
    public static func parse(_ data: Data, counties: [ReferenceCounty], sheet: String? = nil) throws -> ImportParseResult<RegionalFigure> {
        var result = try ImportParser.parse(data, as: RegionalFiguresDecoder.self, spec: spec,
                                            reference: ImportReferenceData(industries: try IndustryClassification.bundled(), towns: nil),
                                            sheet: sheet)
        result.records = result.records.map { imported in
            var figure = imported.record
            let written = figure.unitCode.trimmingCharacters(in: .whitespaces)
            figure.unitCode = counties.first { county in
                county.code == written || county.name.zh == written || county.name.en.caseInsensitiveCompare(written) == .orderedSame
            }?.code ?? written
            return ImportedRow(row: imported.row, record: figure)
        }
        return result
    }
}
