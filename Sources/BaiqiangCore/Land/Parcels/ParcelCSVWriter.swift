/// Writes parcels as a table (宗地表 CSV): the columns of `ParcelTableFile` with English headers,
/// the geometry as WKT, so `import parcels` reads the file back. UTF-8 with a BOM for Excel;
/// every cell a spreadsheet would run as a formula is neutralised by `CSVWriter`.
public enum ParcelCSVWriter {
    public static func csv(_ records: [ParcelRecord]) -> [UInt8] {
        var writer = CSVWriter(reservingCapacity: 256 * (records.count + 1))
        let columns = ParcelTableFile.spec.columns
        for column in columns { writer.field(column.englishHeader) }
        writer.endRecord()
        for record in records {
            let row = cells(record)
            for column in columns { writer.field(row[column.key] ?? "") }
            writer.endRecord()
        }
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }

    /// A parcel's cells by `ParcelTableFile` column key, as the import reads them: each property
    /// as its text, the geometry as WKT; an empty property is left out.
    public static func cells(_ record: ParcelRecord) -> [String: String] {
        let properties = record.feature.properties
        var row: [String: String] = [ParcelTableFile.geometryKey: WKTWriter.text(record.geometry)]
        for column in ParcelTableFile.spec.columns where column.key != ParcelTableFile.geometryKey {
            if case .bool(let flag) = properties[column.key] {
                row[column.key] = flag ? "true" : "false"
            } else if let text = properties[column.key]?.stringValue {
                row[column.key] = text
            }
        }
        return row
    }
}
