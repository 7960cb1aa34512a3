import Foundation
@testable import BaiqiangCore

/// Shared data and builders for the import tests.
enum ImportTestSupport {
    static let towns: Set<String> = ["沙坪街道", "雅瑶镇", "古劳镇", "桃源镇", "鹤城镇", "共和镇", "址山镇", "宅梧镇", "双合镇", "龙口镇"]

    static func reference() throws -> ImportReferenceData {
        ImportReferenceData(industries: try IndustryClassification.bundled(), towns: towns, years: 2000...2030)
    }

    /// A valid credit code made from a 17-character body.
    static func code(_ body: String) -> String {
        CreditCode.completing(body)!
    }

    /// The same code with a wrong check character, and the right one.
    static func wrongCode(_ body: String) -> (wrong: String, expected: Character) {
        let right = code(body)
        let expected = right.last!
        let wrong: Character = expected == "0" ? "1" : "0"
        return (body + String(wrong), expected)
    }

    static let englishHeader =
        "credit_code,name,town,industry,year,revenue_wan,output_wan,value_added_wan,tax_wan,electricity_wkwh,energy_tce,emission_t,rd_wan,staff,land_mu,above_scale"

    static let chineseHeader =
        "统一社会信用代码,企业名称,镇街,行业代码,年份,营业收入(万元),工业总产值(万元),工业增加值(万元),税收(万元),用电量(万千瓦时),综合能耗(吨标准煤),主要污染物排放量(吨),研发费用(万元),从业人员(人),用地面积(亩),是否规上"

    /// One yearly row with sensible figures; override any cell by column key.
    static func yearlyRow(_ overrides: [String: String] = [:], body: String = "91440784MA4UE0001", year: Int = 2023) -> String {
        var cells: [String: String] = [
            "credit_code": code(body), "name": "鹤山市示例电子有限公司", "town": "沙坪街道", "industry": "3981",
            "year": String(year), "revenue_wan": "25000.5", "output_wan": "30000", "value_added_wan": "6000",
            "tax_wan": "800", "electricity_wkwh": "500", "energy_tce": "1200", "emission_t": "0.8", "rd_wan": "750",
            "staff": "210", "land_mu": "30", "above_scale": "1",
        ]
        for (key, value) in overrides { cells[key] = value }
        return englishHeader.split(separator: ",").map { cells[String($0)]! }.joined(separator: ",")
    }

    static func csv(_ lines: [String]) -> Data {
        Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// An XLSX package assembled from XML parts, for cases no writer produces (shared rich text,
    /// phonetic runs, cells out of order).
    static func xlsx(sheetXML: String, sharedStringsXML: String? = nil, sheetName: String = "Sheet1") throws -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """),
            ("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
            """),
            ("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>\
            </Relationships>
            """),
            ("xl/worksheets/sheet1.xml", """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            \(sheetXML)</worksheet>
            """),
        ]
        if let sharedStringsXML {
            parts.append(("xl/sharedStrings.xml", """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            \(sharedStringsXML)</sst>
            """))
        }
        return Data(try XLSXPackage.zip(parts.map { ($0.0, Array($0.1.utf8)) }))
    }

    /// All rows of a table as strings, header first.
    static func rows(_ table: TableReader) throws -> [(row: Int, cells: [String])] {
        var rows: [(Int, [String])] = []
        try table.read(header: { rows.append(($0, $1)) }, row: { rows.append(($0, $1.strings)) })
        return rows
    }
}
