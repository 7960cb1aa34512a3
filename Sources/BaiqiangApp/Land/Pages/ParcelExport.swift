import BaiqiangCore

/// Parcels as the parcels-table import reads them (`ParcelTableFile`), headed in the page's
/// language, the geometry as WKT: the same file from the land page and from `export parcels`.
enum ParcelExport {
    static func table(_ records: [ParcelRecord], language: Language) -> TableExport {
        TableExport(spec: ParcelTableFile.spec, language: language, rows: records.map { record in
            var cells = ParcelCSVWriter.cells(record).mapValues { TableExport.Cell.text($0) }
            // 演示数据 in the page's language, read back by the import either way.
            if record.isDemo { cells[ParcelField.isDemo.rawValue] = TableExport.flag(true, language) }
            return cells
        })
    }
}
