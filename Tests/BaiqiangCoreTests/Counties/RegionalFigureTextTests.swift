import Foundation
import Testing
@testable import BaiqiangCore

/// English readers count in billions and millions; "502.87 100 million yuan" and "16,548.83 10⁴
/// yuan" read as mistakes. Chinese keeps the bulletin's and the registry's units.
@Suite struct FigureUnitTextTests {
    @Test("A regional figure in 亿 reads in billions in English and as published in Chinese")
    func regional() {
        #expect(RegionalFigureText.quantity(502.87, .gdp, .en) == "50.29 billion yuan")
        #expect(RegionalFigureText.quantity(502.87, .gdp, .zhHans) == "502.87 亿元")
        #expect(RegionalFigureText.heading(.gdp, .en) == "GDP (billion yuan)")
        #expect(RegionalFigureText.heading(.gdp, .zhHans) == "地区生产总值（亿元）")
        #expect(RegionalFigureText.number(1_011.26, .gdp, .en) == "101.13")
        #expect(RegionalFigureText.quantity(12.5, .foreignInvestmentUsed, .en) == "1.25 billion US dollars")
        #expect(RegionalFigureText.quantity(30, .industrialElectricity, .en) == "3 billion kWh")
    }

    @Test("Counts of firms agree in number in English and are grouped in both languages")
    func counts() {
        #expect(RegionalFigureText.quantity(1, .fourAboveNetIncrease, .en) == "1 firm")
        #expect(RegionalFigureText.quantity(1_493, .fourAboveFirms, .en) == "1,493 firms")
        #expect(RegionalFigureText.quantity(1_493, .fourAboveFirms, .zhHans) == "1,493 家")
        #expect(RegionalFigureText.number(1_493, .fourAboveFirms, .en) == "1,493")
    }

    @Test("A firm's 万 figures read in millions in English, other units as they are")
    func firm() {
        #expect(YearlyFigureText.number(16_548.83, .revenueWan, .en) == "165.49")
        #expect(YearlyFigureText.number(16_548.83, .revenueWan, .zhHans) == "16,548.83")
        #expect(YearlyFigureText.number(217.28, .electricityWkwh, .en) == "2.17")
        #expect(YearlyFigureText.label(.electricityWkwh, .en) == "Electricity (million kWh)")
        #expect(YearlyFigureText.number(235, .staff, .en) == "235")
        #expect(YearlyFigureText.number(29.4, .landMu, .en) == "29.4")
        #expect(QuantityText.text(606.55, unit: "wan_yuan", language: .en) == "6.07 million yuan")
    }
}
