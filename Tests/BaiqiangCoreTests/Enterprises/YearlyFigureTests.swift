import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Yearly figures: one list, from which the import, the evaluation and the ladder derive theirs")
struct YearlyFigureTests {
    typealias Support = ImportTestSupport

    @Test("A firm-year keeps each figure in its own slot; one never given is missing, not 0")
    func slots() {
        var figures = EnterpriseYearFigures(creditCode: "A", year: 2024, aboveScale: false)
        #expect(YearlyFigure.allCases.allSatisfy { figures[$0] == nil })
        for (index, figure) in YearlyFigure.allCases.enumerated() {
            #expect(figure.position == index, "\(figure) sits at its place in allCases")
            figures[figure] = Double(index + 1)
        }
        #expect(YearlyFigure.allCases.allSatisfy { figures[$0] == Double($0.position + 1) })
        figures[.staff] = 12.6
        #expect(figures.integer(.staff) == 13, "a whole-number figure is kept whole")
        #expect(figures.present.count == YearlyFigure.allCases.count)
    }

    @Test("The yearly file's columns are the firm's identity, every figure in order, the scale and the demo label")
    func importColumns() {
        #expect(YearlyFiguresFile.spec.englishHeader
            == ["credit_code", "name", "town", "industry", "year"] + YearlyFigure.allCases.map(\.column) + ["above_scale", "is_demo"])
        #expect(DemoFiguresCSV.yearlyHeader == YearlyFiguresFile.spec.englishHeader.joined(separator: ","))
        for figure in YearlyFigure.allCases {
            let column = YearlyFiguresFile.spec.column(figure.column)
            #expect(column?.chineseHeaders == figure.chineseHeaders)
            #expect(column?.required == figure.columnRequired)
            #expect(column?.kind == (figure.isInteger ? .nonNegativeInteger : .nonNegativeDecimal))
        }
    }

    @Test("Every Chinese header of every figure is read into that figure")
    func everyChineseHeaderMaps() throws {
        let reference = try Support.reference()
        let depth = YearlyFigure.allCases.map(\.chineseHeaders.count).max()!
        for variant in 0..<depth {
            let headers = ["统一社会信用代码", "企业名称", "镇街", "行业代码", "年份"]
                + YearlyFigure.allCases.map { $0.chineseHeaders[min(variant, $0.chineseHeaders.count - 1)] } + ["是否规上"]
            let values = [Support.code("91440784MA4UE0001"), "鹤山市示例电子有限公司", "沙坪街道", "3981", "2023"]
                + YearlyFigure.allCases.map { String($0.position + 1) } + ["是"]
            let result = try YearlyFiguresFile.parse(Support.csv([headers.joined(separator: ","), values.joined(separator: ",")]),
                                                     reference: reference)
            #expect(result.isClean, "headers \(headers)")
            let figures = try #require(result.records.first?.record.figures)
            for figure in YearlyFigure.allCases {
                #expect(figures[figure] == Double(figure.position + 1), "\(figure) read from \(headers[figure.position + 5])")
            }
        }
    }

    @Test("A whole-number figure refuses a fraction, naming the row and column, in both languages")
    func integerFigure() throws {
        let result = try YearlyFiguresFile.parse(Support.csv([Support.englishHeader, Support.yearlyRow(["staff": "12.5"])]),
                                                 reference: try Support.reference())
        let issue = try #require(result.issues.first)
        #expect(issue.row == 2)
        #expect(issue.column == "staff")
        #expect(issue.reason.zh.contains("不是整数") && issue.reason.en.contains("not a whole number"))
    }

    @Test("The evaluation's input columns are the evaluated figures, in the file contract's order")
    func evaluationColumns() {
        #expect(YearlyFigure.evaluated.map(\.evaluationColumn) == Array(0..<YearlyFigure.evaluated.count))
        #expect(EvaluationInputCSV.header == ["credit_code", "name", "town", "industry", "scale"]
            + YearlyFigure.evaluated.map(\.column) + ["start_year", "flags"])
        #expect(YearlyFigure.evaluated.allSatisfy { $0.index == $0.evaluationColumn })
    }
}
