import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct OtherFileSpecTests {
    @Test func monthlyFiguresParseAndRejectABadMonth() throws {
        let reference = try ImportTestSupport.reference()
        let code = ImportTestSupport.code("91440784MA4UE0001")
        let data = ImportTestSupport.csv([
            "统一社会信用代码,年份,月份,营业收入(万元),工业总产值(万元),税收(万元),用电量(万千瓦时)",
            "\(code),2024,1,2100,2500,70,40",
            "\(code),2024,13,2100,2500,70,40",
            "\(code),2024,1,1,1,1,1",
        ])
        let result = try MonthlyFiguresFile.parse(data, reference: reference)
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.row) == [2, 3, 4])
        #expect(result.issues[1].column == "月份")
        #expect(result.issues[1].reason.en == "'13' is not a month 1–12")
        #expect(result.issues[2].reason.zh.contains("与第 2 行重复"))
    }

    @Test func enterpriseIdentityParsesOptionalColumns() throws {
        let reference = try ImportTestSupport.reference()
        let code = ImportTestSupport.code("91440784MA4UE0001")
        let data = ImportTestSupport.csv([
            "credit_code,name,town,industry,address,longitude,latitude,contact_name,contact_phone",
            "\(code),鹤山市示例电子有限公司,沙坪街道,3981,鹤山市沙坪街道示例路1号,112.96,22.76,张三,0750-0000000",
            "\(ImportTestSupport.code("91440784MA4UE0002")),示例厂,雅瑶镇,3311,,112.9,,,",
        ])
        let result = try EnterpriseIdentityFile.parse(data, reference: reference)
        #expect(result.records.count == 1)
        let firm = result.records[0].record
        #expect(firm.address == "鹤山市沙坪街道示例路1号")
        #expect(firm.longitude == 112.96)
        #expect(firm.contactPhone == "0750-0000000")
        #expect(result.issues.first?.row == 3)
        #expect(result.issues.first?.column == "latitude")
    }
}
