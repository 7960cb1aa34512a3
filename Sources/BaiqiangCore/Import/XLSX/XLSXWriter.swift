import Foundation
import ZIPFoundation

/// Writes a minimal valid XLSX workbook (导出): texts (shared or inline), numbers and booleans,
/// on one sheet or, after `startSheet`, on more (a template's notes beside it). Enough for
/// exports and rejected-rows files; no styles beyond the default.
public struct XLSXWriter: Sendable {
    public let sheetName: String
    /// Shared strings store each distinct text once (towns, industries repeat on every row);
    /// inline strings keep each cell self-contained.
    public let usesSharedStrings: Bool
    private var rowsXML: [UInt8] = []
    private var rowCount = 0
    private var sharedStrings: [String] = []
    private var sharedStringIndex: [String: Int] = [:]
    /// The sheets before the one being written, with their rows' XML.
    private var finishedSheets: [(name: String, rowsXML: [UInt8])] = []
    /// The name of the sheet being written.
    private var currentSheetName: String

    public init(sheetName: String = "Sheet1", usesSharedStrings: Bool = true) {
        self.sheetName = Self.cleaned(sheetName)
        currentSheetName = self.sheetName
        self.usesSharedStrings = usesSharedStrings
    }

    /// Excel limits sheet names to 31 characters and forbids some punctuation.
    private static func cleaned(_ name: String) -> String {
        let forbidden: Set<Character> = ["\\", "/", "?", "*", "[", "]", ":"]
        let cleaned = String(name.filter { !forbidden.contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }

    /// Ends the sheet being written; the rows appended from now on go on a new sheet `name`.
    /// The first sheet stays the one a reader opens by default.
    public mutating func startSheet(_ name: String) {
        finishedSheets.append((currentSheetName, rowsXML))
        rowsXML = []
        rowCount = 0
        currentSheetName = Self.cleaned(name)
    }

    /// Every sheet, the one being written last.
    private var sheets: [(name: String, rowsXML: [UInt8])] { finishedSheets + [(currentSheetName, rowsXML)] }

    public var rowsWritten: Int { rowCount }

    public mutating func appendRow(_ cells: [XLSXCellValue]) {
        rowCount += 1
        let row = rowCount
        append("<row r=\"\(row)\">")
        for (column, value) in cells.enumerated() {
            let reference = XLSXCellReference.columnName(column) + String(row)
            switch value {
            case .empty:
                continue
            case .text(let text):
                if usesSharedStrings {
                    append("<c r=\"\(reference)\" t=\"s\"><v>\(sharedIndex(of: text))</v></c>")
                } else {
                    append("<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    append(XMLEscaping.escape(text))
                    append("</t></is></c>")
                }
            case .number(let number):
                // Infinity and NaN have no XLSX number form; leave the cell empty.
                guard number.isFinite else { continue }
                append("<c r=\"\(reference)\"><v>\(Self.format(number))</v></c>")
            case .integer(let integer):
                append("<c r=\"\(reference)\"><v>\(integer)</v></c>")
            case .boolean(let flag):
                append("<c r=\"\(reference)\" t=\"b\"><v>\(flag ? 1 : 0)</v></c>")
            }
        }
        append("</row>")
    }

    /// The workbook as XLSX (ZIP) bytes.
    public func bytes() throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(Self.packageRelationships.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
            ("xl/styles.xml", Array(Self.styles.utf8)),
        ] + sheets.enumerated().map { index, sheet in ("xl/worksheets/sheet\(index + 1).xml", Self.sheetXML(sheet.rowsXML)) }
        if usesSharedStrings { parts.append(("xl/sharedStrings.xml", sharedStringsXML())) }
        return try XLSXPackage.zip(parts)
    }

    // MARK: Parts

    private mutating func append(_ text: String) {
        rowsXML.append(contentsOf: text.utf8)
    }

    private mutating func sharedIndex(of text: String) -> Int {
        if let index = sharedStringIndex[text] { return index }
        let index = sharedStrings.count
        sharedStrings.append(text)
        sharedStringIndex[text] = index
        return index
    }

    /// Shortest round-tripping decimal form; integral values without a fraction.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    private static func sheetXML(_ rowsXML: [UInt8]) -> [UInt8] {
        var xml = Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        """.utf8)
        xml.append(contentsOf: rowsXML)
        xml.append(contentsOf: "</sheetData></worksheet>".utf8)
        return xml
    }

    private func sharedStringsXML() -> [UInt8] {
        var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">
        """
        for text in sharedStrings {
            xml += "<si><t xml:space=\"preserve\">\(XMLEscaping.escape(text))</t></si>"
        }
        xml += "</sst>"
        return Array(xml.utf8)
    }

    private var sheetOverrides: String {
        sheets.indices.map { index in
            "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
    }

    private var contentTypes: String {
        let sharedStringsOverride = usesSharedStrings
            ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            : ""
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        \(sheetOverrides)\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        \(sharedStringsOverride)</Types>
        """
    }

    private static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """

    /// Sheet 1 is relationship rId1; later sheets come after styles (rId2) and shared strings (rId3).
    private static func relationshipID(ofSheet index: Int) -> String {
        index == 0 ? "rId1" : "rId\(index + 3)"
    }

    private var sheetEntries: String {
        sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLEscaping.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"\(Self.relationshipID(ofSheet: index))\"/>"
        }.joined()
    }

    private var workbook: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets>\(sheetEntries)</sheets></workbook>
        """
    }

    private var sheetRelationships: String {
        sheets.indices.map { index in
            "<Relationship Id=\"\(Self.relationshipID(ofSheet: index))\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }.joined()
    }

    private var workbookRelationships: String {
        let sharedStringsRelationship = usesSharedStrings
            ? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            : ""
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        \(sheetRelationships)\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        \(sharedStringsRelationship)</Relationships>
        """
    }

    /// The smallest stylesheet Excel accepts: one font, fill, border, cell format and the Normal style.
    private static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """
}

/// Zips the parts of an OOXML package in memory.
enum XLSXPackage {
    static func zip(_ parts: [(path: String, content: [UInt8])]) throws(XLSXWriteError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, content) in parts {
                let data = Data(content)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw XLSXWriteError() }
            return Array(data)
        } catch {
            throw XLSXWriteError()
        }
    }
}

/// The workbook could not be zipped.
public struct XLSXWriteError: BilingualError, Equatable, Sendable {
    public var message: BilingualText {
        BilingualText(zh: "无法生成 XLSX 文件", en: "Could not write the XLSX file")
    }
}
