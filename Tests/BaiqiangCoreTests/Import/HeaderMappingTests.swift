import Testing
@testable import BaiqiangCore

@Suite struct HeaderMappingTests {
    let spec = YearlyFiguresFile.spec

    /// The issue's header, then the optional demo label an export of demo firms carries.
    @Test func theEnglishHeaderIsExactlyTheIssues() {
        #expect(spec.englishHeader.dropLast().joined(separator: ",") == ImportTestSupport.englishHeader)
        #expect(spec.englishHeader.last == "is_demo" && spec.column("is_demo")?.required == false)
    }

    @Test func englishHeaderMaps() throws {
        let mapping = try HeaderMapping(headers: spec.englishHeader, spec: spec)
        #expect(mapping.position(of: "credit_code") == 0)
        #expect(mapping.position(of: "above_scale") == 15)
    }

    @Test func chineseHeaderMapsInAnyOrder() throws {
        var headers = ImportTestSupport.chineseHeader.split(separator: ",").map(String.init)
        headers.reverse()
        let mapping = try HeaderMapping(headers: headers, spec: spec)
        #expect(mapping.position(of: "credit_code") == 15)
        #expect(mapping.column("tax_wan")?.header == "税收(万元)")
    }

    @Test func fullWidthBracketsSpacesAndCaseDoNotMatter() throws {
        var headers = spec.chineseHeader
        headers[5] = "营业收入（万元）"
        headers[0] = " 统一社会信用代码 "
        headers[4] = "YEAR"
        let mapping = try HeaderMapping(headers: headers, spec: spec)
        #expect(mapping.position(of: "revenue_wan") == 5)
        #expect(mapping.position(of: "year") == 4)
    }

    @Test func missingUnknownAndDuplicateColumnsAreAllReported() {
        var headers = spec.englishHeader.filter { $0 != "tax_wan" }
        headers.append("备注")
        headers.append("年份")  // the year again, in Chinese
        do {
            _ = try HeaderMapping(headers: headers, spec: spec)
            Issue.record("expected the header to be rejected")
        } catch {
            let texts = error.issues.map(\.reason.en)
            #expect(error.issues.count == 3)
            #expect(texts.contains { $0.contains("unknown column '备注'") })
            #expect(texts.contains { $0.contains("'year' appears twice: columns 5 and 18") })
            #expect(texts.contains { $0.contains("'tax_wan'") && $0.contains("missing") })
            #expect(error.issues.allSatisfy { $0.row == 1 })
            #expect(error.message.zh.contains("缺少必需的列“税收(万元)”"))
        }
    }

    @Test func unknownColumnsCanBeIgnored() throws {
        let mapping = try HeaderMapping(headers: ["序号"] + spec.englishHeader, spec: spec, unknownColumns: .ignore)
        #expect(mapping.ignoredColumns == [0])
        #expect(mapping.position(of: "credit_code") == 1)
    }

    @Test func optionalColumnsMayBeAbsent() throws {
        let headers = ["credit_code", "name", "town", "industry", "year", "revenue_wan", "tax_wan", "above_scale"]
        let mapping = try HeaderMapping(headers: headers, spec: spec)
        #expect(mapping.column("emission_t") == nil)
    }
}
