/// Writes a `WordDocument` as an Office Open XML package (.docx): the document, its styles and
/// the package's relationships, zipped. Every text reaches the XML through `XMLTree`, so a
/// name holding `<`, `&` or a control character cannot break or inject markup.
public enum WordDocumentWriter {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// A4 with 2.54 cm margins, in twentieths of a point: the width tables are laid out in.
    static let textWidth = 11906 - 2 * 1440

    public static func bytes(_ document: WordDocument) throws(WordWriteError) -> [UInt8] {
        let parts: [(path: String, content: [UInt8])] = [
            ("[Content_Types].xml", contentTypes.document),
            ("_rels/.rels", packageRelationships.document),
            ("word/_rels/document.xml.rels", documentRelationships.document),
            ("word/styles.xml", styles.document),
            ("word/document.xml", documentXML(document).document),
        ]
        do {
            return try XLSXPackage.zip(parts)
        } catch {
            throw WordWriteError()
        }
    }

    /// `word/document.xml` as a tree.
    public static func documentXML(_ document: WordDocument) -> XMLTree {
        var body: [XMLTree] = []
        for block in document.blocks {
            switch block {
            case .title(let text): body.append(paragraph([WordRun(text)], style: "Title"))
            case let .heading(text, level): body.append(paragraph([WordRun(text)], style: "Heading\(min(max(level, 1), 2))"))
            case .paragraph(let runs): body.append(paragraph(runs))
            case .table(let table): body.append(contentsOf: [self.table(table), paragraph([])])
            }
        }
        body.append(.el("w:sectPr", [], [
            .el("w:pgSz", [("w:w", "11906"), ("w:h", "16838")]),
            .el("w:pgMar", [("w:top", "1440"), ("w:right", "1440"), ("w:bottom", "1440"), ("w:left", "1440"),
                            ("w:header", "720"), ("w:footer", "720"), ("w:gutter", "0")]),
        ]))
        return .el("w:document", [("xmlns:w", main)], [.el("w:body", [], body)])
    }

    static func paragraph(_ runs: [WordRun], style: String? = nil) -> XMLTree {
        var children: [XMLTree] = []
        if let style { children.append(.el("w:pPr", [], [.el("w:pStyle", [("w:val", style)])])) }
        children.append(contentsOf: runs.map(run))
        return .el("w:p", [], children)
    }

    static func run(_ run: WordRun) -> XMLTree {
        var properties: [XMLTree] = []
        if run.bold { properties.append(.el("w:b")) }
        if let colour = run.colour { properties.append(.el("w:color", [("w:val", colour.rawValue)])) }
        var children: [XMLTree] = properties.isEmpty ? [] : [.el("w:rPr", [], properties)]
        children.append(.el("w:t", [("xml:space", "preserve")], [.text(run.text)]))
        return .el("w:r", [], children)
    }

    static func table(_ table: WordTable) -> XMLTree {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let width = textWidth / columns
        func cell(_ runs: [WordRun], header: Bool) -> XMLTree {
            var properties: [XMLTree] = [.el("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])]
            if header { properties.append(.el("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", "D9E2F3")])) }
            return .el("w:tc", [], [.el("w:tcPr", [], properties), paragraph(runs)])
        }
        func row(_ cells: [[WordRun]], header: Bool) -> XMLTree {
            let padded = cells + Array(repeating: [], count: max(columns - cells.count, 0))
            var children: [XMLTree] = header ? [.el("w:trPr", [], [.el("w:tblHeader")])] : []
            children.append(contentsOf: padded.map { cell($0, header: header) })
            return .el("w:tr", [], children)
        }
        var children: [XMLTree] = [
            .el("w:tblPr", [], [
                .el("w:tblStyle", [("w:val", "TableGrid")]),
                .el("w:tblW", [("w:w", String(width * columns)), ("w:type", "dxa")]),
            ]),
            .el("w:tblGrid", [], Array(repeating: .el("w:gridCol", [("w:w", String(width))]), count: columns)),
        ]
        if !table.header.isEmpty { children.append(row(table.header.map { [WordRun($0, bold: true)] }, header: true)) }
        children.append(contentsOf: table.rows.map { row($0, header: false) })
        return .el("w:tbl", [], children)
    }

    // MARK: The fixed parts

    static let contentTypes: XMLTree = .el("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")], [
        .el("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")]),
        .el("Default", [("Extension", "xml"), ("ContentType", "application/xml")]),
        .el("Override", [("PartName", "/word/document.xml"),
                         ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]),
        .el("Override", [("PartName", "/word/styles.xml"),
                         ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")]),
    ])

    static let packageRelationships: XMLTree = .el("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")], [
        .el("Relationship", [("Id", "rId1"), ("Target", "word/document.xml"),
                             ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")]),
    ])

    static let documentRelationships: XMLTree = .el("Relationships", [("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")], [
        .el("Relationship", [("Id", "rId1"), ("Target", "styles.xml"),
                             ("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles")]),
    ])

    /// Word's built-in style names, so its style pane and outline recognise the headings; 宋体 for
    /// Chinese text, as government documents use.
    static let styles: XMLTree = {
        func border(_ side: String) -> XMLTree {
            .el("w:\(side)", [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")])
        }
        func heading(_ id: String, name: String, size: Int, outline: Int?) -> XMLTree {
            var paragraph: [XMLTree] = [.el("w:keepNext"), .el("w:spacing", [("w:before", "240"), ("w:after", "120")])]
            if outline == nil { paragraph.append(.el("w:jc", [("w:val", "center")])) }
            if let outline { paragraph.append(.el("w:outlineLvl", [("w:val", String(outline))])) }
            return .el("w:style", [("w:type", "paragraph"), ("w:styleId", id)], [
                .el("w:name", [("w:val", name)]), .el("w:basedOn", [("w:val", "Normal")]), .el("w:next", [("w:val", "Normal")]),
                .el("w:qFormat"), .el("w:pPr", [], paragraph),
                .el("w:rPr", [], [.el("w:b"), .el("w:sz", [("w:val", String(size))]), .el("w:szCs", [("w:val", String(size))])]),
            ])
        }
        return .el("w:styles", [("xmlns:w", main)], [
            .el("w:docDefaults", [], [
                .el("w:rPrDefault", [], [.el("w:rPr", [], [
                    .el("w:rFonts", [("w:ascii", "Calibri"), ("w:hAnsi", "Calibri"), ("w:eastAsia", "SimSun"), ("w:cs", "Calibri")]),
                    .el("w:sz", [("w:val", "21")]), .el("w:szCs", [("w:val", "21")]),
                    .el("w:lang", [("w:val", "en-US"), ("w:eastAsia", "zh-CN")]),
                ])]),
                .el("w:pPrDefault", [], [.el("w:pPr", [], [.el("w:spacing", [("w:after", "120"), ("w:line", "276"), ("w:lineRule", "auto")])])]),
            ]),
            .el("w:style", [("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", "Normal")], [
                .el("w:name", [("w:val", "Normal")]), .el("w:qFormat"),
            ]),
            heading("Title", name: "Title", size: 36, outline: nil),
            heading("Heading1", name: "heading 1", size: 30, outline: 0),
            heading("Heading2", name: "heading 2", size: 26, outline: 1),
            .el("w:style", [("w:type", "table"), ("w:default", "1"), ("w:styleId", "TableNormal")], [
                .el("w:name", [("w:val", "Normal Table")]), .el("w:uiPriority", [("w:val", "99")]), .el("w:semiHidden"),
                .el("w:tblPr", [], [
                    .el("w:tblInd", [("w:w", "0"), ("w:type", "dxa")]),
                    .el("w:tblCellMar", [], [
                        .el("w:top", [("w:w", "0"), ("w:type", "dxa")]), .el("w:left", [("w:w", "108"), ("w:type", "dxa")]),
                        .el("w:bottom", [("w:w", "0"), ("w:type", "dxa")]), .el("w:right", [("w:w", "108"), ("w:type", "dxa")]),
                    ]),
                ]),
            ]),
            .el("w:style", [("w:type", "table"), ("w:styleId", "TableGrid")], [
                .el("w:name", [("w:val", "Table Grid")]), .el("w:basedOn", [("w:val", "TableNormal")]),
                .el("w:pPr", [], [.el("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])]),
                .el("w:tblPr", [], [.el("w:tblBorders", [], ["top", "left", "bottom", "right", "insideH", "insideV"].map(border))]),
            ]),
        ])
    }()
}

/// The document could not be zipped.
public struct WordWriteError: BilingualError, Equatable, Sendable {
    public init() {}

    public var message: BilingualText {
        BilingualText(zh: "无法生成 Word 文件", en: "Could not write the Word file")
    }
}
