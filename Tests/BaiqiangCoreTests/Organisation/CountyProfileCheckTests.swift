import Testing
@testable import BaiqiangCore

@Suite("County profile files: checked with line numbers before a county is created")
struct CountyProfileCheckTests {
    static let xinhui = """
        code: xinhui
        divisionCode: "440705"
        name: {zh: 新会区, en: Xinhui}
        towns:
          - {code: huicheng, name: {zh: 会城街道, en: Huicheng Subdistrict}}
        departments:
          - {code: gxj, name: {zh: 工业和信息化局, en: Bureau of Industry}}
          - {code: zsj, name: {zh: 政务服务数据管理局, en: Government Services}, demandCentre: true}
        """

    @Test("A well-formed profile reads, and the shipped Heshan profile passes")
    func valid() throws {
        let profile = try CountyProfileCheck.check(yaml: Self.xinhui).get()
        #expect(profile.divisionCode == "440705" && profile.towns.count == 1 && profile.departments.count == 2)
        #expect(throws: Never.self) { try CountyProfileCheck.check(yaml: CoreResources.text("county/heshan.yaml")).get() }
    }

    @Test("Each problem names its line and field: a bad division code, a repeated town, a missing English name, an unknown field")
    func problemsWithLines() {
        let yaml = """
            code: xinhui
            divisionCode: "4407"
            name: {zh: 新会区, en: Xinhui}
            towns:
              - {code: huicheng, name: {zh: 会城街道, en: Huicheng}}
              - {code: huicheng, name: {zh: 今古洲, en: Jingu}}
            departments:
              - {code: gxj, name: {zh: 工业和信息化局}}
            mayor: nobody
            """
        guard case .failure(let failure) = CountyProfileCheck.check(yaml: yaml) else { Issue.record("accepted"); return }
        let found = Set(failure.issues.map { "\($0.line ?? 0):\($0.field)" })
        #expect(found == ["2:divisionCode", "6:towns[1].code", "8:departments[0].name.en", "9:mayor"])
    }
}
