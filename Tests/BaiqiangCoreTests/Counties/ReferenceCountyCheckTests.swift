import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Reference counties and readiness lines: what the county may enter")
struct ReferenceCountyCheckTests {
    @Test("A name of 1 to 40 characters not yet on the list, a province of 1 to 20, a membership of up to 200")
    func countyBoundaries() {
        func fields(_ name: String, _ province: String = "江苏省", _ membership: String = "", existing: Set<String> = []) -> [String] {
            ReferenceCountyCheck.problems(name: name, province: province, membership: membership, existing: existing).map(\.field)
        }
        #expect(fields("昆山市").isEmpty)
        #expect(fields(String(repeating: "县", count: 40)).isEmpty)
        #expect(fields(String(repeating: "县", count: 41)) == ["name"])
        #expect(fields("  ") == ["name"])
        #expect(fields("昆山市", existing: ["昆山市"]) == ["name"])
        #expect(fields("昆山市", "") == ["province"])
        #expect(fields("昆山市", String(repeating: "省", count: 21)) == ["province"])
        #expect(fields("昆山市", "江苏省", String(repeating: "榜", count: 200)).isEmpty)
        #expect(fields("昆山市", "江苏省", String(repeating: "榜", count: 201)) == ["membership"])
    }

    @Test("A line is a positive size up to the largest figure, named, with a publisher")
    func thresholdBoundaries() {
        func fields(_ value: Double, name: String = "赛迪百强县入围条件（2024）", publisher: String = "中新社") -> [String] {
            ReadinessThreshold.problems(ReadinessThreshold(indicator: .gdp, value: value, name: BilingualText(zh: name, en: name),
                                                           citation: Citation(publisher: publisher))).map(\.field)
        }
        #expect(fields(600).isEmpty)
        #expect(fields(FieldLimits.maximumMagnitude).isEmpty)
        #expect(fields(0) == ["value"])
        #expect(fields(-1) == ["value"])
        #expect(fields(.infinity) == ["value"])
        #expect(fields(FieldLimits.maximumMagnitude * 10) == ["value"])
        #expect(fields(600, name: "") == ["name"])
        #expect(fields(600, name: String(repeating: "线", count: 101)) == ["name"])
        #expect(fields(600, publisher: " ") == ["publisher"])
    }

    @Test("The figures file reads Chinese or English headers and a county by its name on the list; an unknown indicator is named by row and column")
    func figuresFile() throws {
        let list = [ReferenceCounty(code: "昆山市", name: BilingualText(zh: "昆山市", en: "Kunshan"), province: "江苏省",
                                    membership: BilingualText(zh: "", en: ""), membershipCitation: nil, figures: [])]
        let chinese = try ReferenceFiguresFile.parse(Data("对标县,指标,期间,数值,增速,发布机构\nKunshan,地区生产总值,2023,5140.6,5.8,昆山市统计局\n".utf8), counties: list)
        #expect(chinese.isClean)
        #expect(chinese.records.map(\.record.unitCode) == ["昆山市"])
        let english = try ReferenceFiguresFile.parse(Data("county,indicator,period,value,growth_percent,publisher\n昆山市,gdp,2023,5140.6,,x\n".utf8), counties: list)
        #expect(english.records.first?.record.value == 5140.6)
        let unknown = try ReferenceFiguresFile.parse(Data("对标县,指标,期间,数值,增速,发布机构\n昆山市,产值,2023,1,1,x\n".utf8), counties: list)
        #expect(unknown.issues.map { "\($0.row):\($0.column ?? "")" } == ["2:指标"])
    }
}
