import Testing
@testable import BaiqiangCore

@Suite("Demo county as import files (CSV)")
struct DemoFiguresCSVTests {
    @Test("The yearly header is exactly the one of the import format")
    func header() {
        #expect(DemoFiguresCSV.yearlyHeader == "credit_code,name,town,industry,year,revenue_wan,output_wan,value_added_wan,tax_wan,electricity_wkwh,energy_tce,emission_t,rd_wan,staff,land_mu,above_scale,is_demo")
    }

    @Test("Each yearly line has 17 fields that read back as the firm's figures, marked as demo data")
    func yearlyLines() throws {
        let firm = try #require(DemoFixtures.generated.first { $0.yearly.count == 5 })
        let lines = DemoFiguresCSV.yearlyLines(of: firm, county: DemoFixtures.county)
        #expect(lines.count == 5)
        for (line, row) in zip(lines, firm.yearly) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 17)
            #expect(fields[0] == firm.creditCode && fields[1] == firm.name && fields[3] == firm.industryCode)
            #expect(DemoTown.heshan.contains { $0.code == firm.townCode && $0.name == fields[2] })
            #expect(Int(fields[4]) == row.year)
            #expect(Double(fields[5]) == row[.revenueWan] && Double(fields[8]) == row[.taxWan] && Double(fields[11]) == row[.emissionT])
            #expect(Int(fields[13]) == row.integer(.staff) && fields[15] == (row.aboveScale ? "1" : "0") && fields[16] == "1")
        }
        let byCode = DemoFiguresCSV.yearlyLines(of: firm, county: DemoFixtures.county, town: .code)
        #expect(byCode.first?.split(separator: ",")[2] == firm.townCode.map { Substring($0) })
    }

    @Test("Monthly lines: twelve a year, seven fields")
    func monthlyLines() throws {
        let firm = try #require(DemoFixtures.generated.first { !$0.yearly.isEmpty })
        let lines = DemoFiguresCSV.monthlyLines(of: firm)
        #expect(lines.count == firm.yearly.count * 12)
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 7 })
    }

    @Test("Fixed decimals and quoting", arguments: [(0.0, "0.00"), (1.5, "1.50"), (2000.0, "2000.00"), (123.456, "123.46"), (0.05, "0.05")])
    func fixed(value: Double, text: String) {
        #expect(DemoFiguresCSV.fixed(value) == text)
    }

    @Test("Fields with commas or quotes are quoted")
    func quoting() {
        #expect(DemoFiguresCSV.field("a,b") == "\"a,b\"")
        #expect(DemoFiguresCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(DemoFiguresCSV.field("鹤山市") == "鹤山市")
    }
}
