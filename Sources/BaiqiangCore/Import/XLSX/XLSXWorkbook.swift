import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sheets of a workbook (`xl/workbook.xml`) in tab order, each with the part that holds it
/// (resolved through `xl/_rels/workbook.xml.rels`).
struct XLSXWorkbook {
    struct Sheet: Equatable {
        var name: String
        var path: String
    }

    var sheets: [Sheet]

    static let maximumListPartBytes = 4 * 1024 * 1024

    init(archive: XLSXArchive) throws(ImportFileError) {
        let workbook = SheetListParser()
        // Both parts are a few kilobytes; their lists are held, so they get a small cap.
        try archive.parseRequired("xl/workbook.xml", with: workbook, atMost: Self.maximumListPartBytes)
        let relationships = RelationshipParser()
        try archive.parseRequired("xl/_rels/workbook.xml.rels", with: relationships, atMost: Self.maximumListPartBytes)
        var sheets: [Sheet] = []
        for (name, relationshipID) in workbook.sheets {
            guard let target = relationships.targets[relationshipID] else {
                throw ImportFileError(.malformedXLSX("sheet \(name) has no relationship / 工作表 \(name) 缺少关系"))
            }
            // Targets are relative to xl/ unless absolute within the package.
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            sheets.append(Sheet(name: name, path: path))
        }
        guard !sheets.isEmpty else { throw ImportFileError(.malformedXLSX("the workbook has no sheet / 工作簿没有工作表")) }
        self.sheets = sheets
    }

    /// The first sheet, or the one named `name`.
    func sheet(named name: String?) throws(ImportFileError) -> Sheet {
        guard let name else { return sheets[0] }
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw ImportFileError(.sheetNotFound(name: name, available: sheets.map(\.name)))
        }
        return sheet
    }
}

/// Collects `<sheet name="…" r:id="…"/>` elements.
private final class SheetListParser: XMLPartParser {
    var sheets: [(name: String, relationshipID: String)] = []

    override func start(_ element: String, _ attributes: [String: String]) {
        guard element == "sheet", let name = attributes["name"] else { return }
        // The relationship attribute is namespaced; its prefix is usually r: but need not be.
        let relationshipID = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((name, relationshipID))
    }
}

/// Collects `<Relationship Id="…" Target="…"/>` elements.
private final class RelationshipParser: XMLPartParser {
    var targets: [String: String] = [:]

    override func start(_ element: String, _ attributes: [String: String]) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}
