/// A table as UTF-8 CSV, for readers that parse CSV text themselves (the evaluation's column
/// reader, the plan's KPI sheet), so that they accept what every import accepts: GB18030 text
/// and XLSX workbooks too.
extension TableReader {
    /// The header and every non-blank row as plain RFC 4180 CSV. Cells are copied as they are,
    /// not neutralised as an export would be: the readers restore text themselves. Rows are made
    /// as wide as the header, since a workbook leaves trailing empty cells out.
    public func utf8CSV() throws -> [UInt8] {
        var out: [UInt8] = []
        func append(_ cells: [String]) {
            for (index, cell) in cells.enumerated() {
                if index > 0 { out.append(ASCIIByte.comma) }
                let utf8 = Array(cell.utf8)
                let quoted = utf8.contains { $0 == ASCIIByte.comma || $0 == ASCIIByte.quote || $0 == ASCIIByte.lineFeed || $0 == ASCIIByte.carriageReturn }
                guard quoted else { out.append(contentsOf: utf8); continue }
                out.append(ASCIIByte.quote)
                for b in utf8 {
                    if b == ASCIIByte.quote { out.append(ASCIIByte.quote) }
                    out.append(b)
                }
                out.append(ASCIIByte.quote)
            }
            out.append(ASCIIByte.lineFeed)
        }
        var width = 0
        try read(header: { _, names in
            var names = names
            while let last = names.last, HeaderText.normalise(last).isEmpty { names.removeLast() }
            width = names.count
            append(names)
        }, row: { _, cells in
            var strings = cells.strings
            if strings.count < width { strings += Array(repeating: "", count: width - strings.count) }
            while strings.count > width, let last = strings.last, last.isEmpty { strings.removeLast() }
            append(strings)
        })
        return out
    }
}
