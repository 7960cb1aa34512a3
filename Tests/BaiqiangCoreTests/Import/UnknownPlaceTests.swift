import Foundation
import Testing
@testable import BaiqiangCore

/// The registry holds firms whose town and industry are not known yet (a firm a plan names), and
/// its export writes them with both cells empty: the import reads such a row back, and refuses a
/// row that gives one without the other.
@Suite struct UnknownPlaceTests {
    @Test("A firm with neither town nor industry is read as not known yet; one without the other is refused")
    func bothOrNeither() throws {
        let reference = try ImportTestSupport.reference()
        let data = ImportTestSupport.csv([
            "统一社会信用代码,企业名称,镇街,行业代码",
            "\(ImportTestSupport.code("91440784MA4UE0001")),创维光电,,",
            "\(ImportTestSupport.code("91440784MA4UE0002")),甲,沙坪街道,",
            "\(ImportTestSupport.code("91440784MA4UE0003")),乙,,3311",
            "\(ImportTestSupport.code("91440784MA4UE0004")),丙,沙坪街道,3311",
        ])
        let result = try EnterpriseIdentityFile.parse(data, reference: reference)
        #expect(result.records.map(\.record.name) == ["创维光电", "丙"])
        #expect(result.records[0].record.town == nil && result.records[0].record.industry == nil)
        #expect(result.records[1].record.town == "沙坪街道" && result.records[1].record.industry == "3311")
        #expect(result.issues.map { "\($0.row):\($0.column ?? "")" } == ["3:行业代码", "4:镇街"])
        #expect(result.issues.allSatisfy { $0.reason == EnterpriseIdentityFile.unknownPlace })
    }

    @Test("A town that is given must still be one of the county's")
    func givenTownIsChecked() throws {
        let data = ImportTestSupport.csv(["credit_code,name,town,industry", "\(ImportTestSupport.code("91440784MA4UE0001")),甲,atlantis,3311"])
        let result = try EnterpriseIdentityFile.parse(data, reference: try ImportTestSupport.reference())
        #expect(result.records.isEmpty)
        #expect(result.issues.first?.column == "town")
    }
}
