import Testing
@testable import BaiqiangApp
import BaiqiangCore

/// English counts agree in number ("1 firm", not "1 firms"); Chinese has one form.
@Suite("Counts in the interface agree in number")
struct CatalogPluralTests {
    @Test("A count of one uses the singular in English and the same text in Chinese")
    func singular() {
        let catalog = Catalog.shared
        #expect(catalog.text("enterprises.count", .en, ["count": "1"]) == "1 firm")
        #expect(catalog.text("enterprises.count", .en, ["count": "1,493"]) == "1,493 firms")
        #expect(catalog.text("projects.total", .en, ["count": "1"]) == "1 project")
        #expect(catalog.text("land.map_count", .en, ["count": "1"]) == "1 parcel in this view")
        #expect(catalog.text("enterprises.count", .zhHans, ["count": "1"]) == catalog.text("enterprises.count", .zhHans, ["count": "1"]))
        #expect(catalog.text("enterprises.count", .zhHans, ["count": "1"]).contains("1 家"))
    }

    @Test("Every singular variant has its plural key in both languages")
    func variantsHaveTheirKey() {
        for language in Language.allCases {
            let table = Catalog.shared.strings[language] ?? [:]
            for key in table.keys where key.hasSuffix(".one") {
                #expect(table[String(key.dropLast(4))] != nil, "\(key) in \(language)")
            }
        }
    }
}
