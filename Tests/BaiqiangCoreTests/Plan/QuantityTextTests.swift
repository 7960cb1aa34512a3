import Testing
@testable import BaiqiangCore

/// Figures read naturally in English: large yuan amounts in billions or millions, counts that
/// agree in number; Chinese keeps the county's own units.
@Suite("Quantities in each language")
struct QuantityTextTests {
    @Test("English scales yuan and agrees in number; Chinese keeps 亿元 and 家")
    func quantities() {
        #expect(QuantityText.text(561, unit: "yi_yuan", language: .en) == "56.1 billion yuan")
        #expect(QuantityText.text(5.61, unit: "yi_yuan", language: .en) == "561 million yuan")
        #expect(QuantityText.text(606.55, unit: "wan_yuan", language: .en) == "6.07 million yuan")
        #expect(QuantityText.text(12, unit: "wan_yuan", language: .en) == "120,000 yuan")
        #expect(QuantityText.text(1, unit: "firms", language: .en) == "1 firm")
        #expect(QuantityText.text(1493, unit: "firms", language: .en) == "1,493 firms")
        #expect(QuantityText.text(561, unit: "yi_yuan", language: .zhHans) == "561 亿元")
        #expect(QuantityText.text(1493, unit: "firms", language: .zhHans) == "1,493 家")
    }
}
