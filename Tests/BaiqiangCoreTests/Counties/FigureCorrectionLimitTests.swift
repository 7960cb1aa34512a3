import Foundation
import Testing
@testable import BaiqiangCore

/// A correction's reason has one limit wherever a figure comes in, and a refused second figure
/// names the county it is about.
@Suite("Figure corrections: one reason limit, the county named")
struct FigureCorrectionLimitTests {
    static let kunshan = ReferenceCounty(code: "昆山市", name: BilingualText(zh: "昆山市", en: "Kunshan"), province: "江苏省",
                                         membership: BilingualText(zh: "", en: ""), membershipCitation: nil, figures: [])

    func referenceFile(reason: String) throws -> ImportParseResult<RegionalFigure> {
        try ReferenceFiguresFile.parse(Data("对标县,指标,期间,数值,增速,发布机构,更正原因\n昆山市,地区生产总值,2023,5140.6,5.8,昆山市统计局,\(reason)\n".utf8),
                                       counties: [Self.kunshan])
    }

    @Test("The reference-figures import refuses a reason the form and the API would refuse, and takes one they take")
    func referenceImport() throws {
        let limit = RegionalFigureCheck.correctionReasonLength
        #expect(limit == 200)
        let long = try referenceFile(reason: String(repeating: "修", count: limit + 1))
        #expect(long.issues.map { "\($0.row):\($0.column ?? "")" } == ["2:更正原因"])
        #expect(try referenceFile(reason: String(repeating: "修", count: limit)).isClean)
        // The entry form and the API check the same number.
        let figure = RegionalFigure(unitCode: "昆山市", indicator: .gdp, period: StatisticalPeriod(text: "2023")!, value: 1,
                                    growthPercent: nil, citation: Citation(publisher: "统计局"),
                                    correctionReason: String(repeating: "修", count: limit + 1))
        #expect(RegionalFigureCheck.sourceProblems(figure).map(\.field) == ["correction_reason"])
    }

    @Test("The regional-figures import has the same limit")
    func regionalImport() throws {
        let prefecture = try #require(try PrefectureProfile.bundled(code: "440700"))
        let text = "区县,指标,期间,数值,增速,发布机构,更正原因\n鹤山市,地区生产总值,2023,502.87,6.2,鹤山市统计局,\(String(repeating: "修", count: 201))\n"
        let result = try RegionalFiguresFile.parse(Data(text.utf8), prefecture: prefecture)
        #expect(result.issues.map { "\($0.row):\($0.column ?? "")" } == ["2:更正原因"])
    }

    @Test("A second figure without a reason names the county and the indicator, in both languages")
    func duplicateNamesTheCounty() {
        let first = RegionalFigure(unitCode: "440784", indicator: .gdp, period: StatisticalPeriod(text: "2023")!, value: 502.87, growthPercent: nil)
        var second = first
        second.value = 503
        let problems = RegionalFigureCheck.problems(second, knownUnits: ["440784"], today: LocalDate(iso: "2026-12-02")!,
                                                    existing: [first.key: first],
                                                    names: ["440784": BilingualText(zh: "鹤山市", en: "Heshan")])
        #expect(problems.count == 1)
        #expect(problems.first?.reason.zh.hasPrefix("鹤山市的\(RegionalIndicator.gdp.name.zh)") == true, "\(problems)")
        #expect(problems.first?.reason.en.hasPrefix("Heshan already has a figure for \(RegionalIndicator.gdp.name.en)") == true)
        #expect(problems.first?.reason.zh.contains("该区县") == false)
        // A reference county's code is its name.
        var kunshan = first
        kunshan.unitCode = "昆山市"
        var again = kunshan
        again.value = 1
        let reference = RegionalFigureCheck.problems(again, knownUnits: ["昆山市"], units: .referenceCounties,
                                                     today: LocalDate(iso: "2026-12-02")!, existing: [kunshan.key: kunshan])
        #expect(reference.first?.reason.zh.hasPrefix("昆山市的") == true)
    }
}
