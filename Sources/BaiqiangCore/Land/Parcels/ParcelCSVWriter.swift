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
            let properties = record.feature.properties
            for column in columns {
                switch column.key {
                case ParcelTableFile.geometryKey: writer.field(WKTWriter.text(record.geometry))
                default: writer.field(properties[column.key]?.stringValue ?? "")
                }
            }
            writer.endRecord()
        }
        return [0xEF, 0xBB, 0xBF] + writer.bytes
    }
}
