import Testing
@testable import BaiqiangCore

/// The parts a county profile gives its departments (demand centre, land bureau, discipline
/// office): at most one department each, only departments, and a boolean.
@Suite("Designated units 指定单位")
struct UnitDesignationTests {
    static func profile(towns: String = "  - {code: huicheng, name: {zh: 会城街道, en: Huicheng}}", departments: String) -> String {
        """
        code: xinhui
        divisionCode: "440705"
        name: {zh: 新会区, en: Xinhui}
        towns:
        \(towns)
        departments:
        \(departments)
        """
    }

    @Test("A profile names its land bureau and discipline office; the units carry them")
    func reads() throws {
        let profile = try CountyProfileCheck.check(yaml: Self.profile(departments: """
              - {code: zrzyj, name: {zh: 自然资源局, en: Land}, landBureau: true}
              - {code: jw, name: {zh: 纪委监委, en: Discipline}, disciplineOffice: true}
              - {code: zsj, name: {zh: 政数局, en: Services}, demandCentre: true}
            """)).get()
        #expect(profile.departments.map(\.designations) == [[.landBureau], [.disciplineOffice], [.demandCentre]])
        let heshan = try CountyProfile.heshan()
        #expect(heshan.departments.filter { $0.designations.contains(.landBureau) }.map(\.code) == ["zrzyj"])
        #expect(heshan.departments.filter { $0.designations.contains(.disciplineOffice) }.count == 1)
    }

    @Test("Two land bureaus, two discipline offices, a designated town and a non-boolean are each refused with their line")
    func refused() {
        let yaml = Self.profile(
            towns: "  - {code: huicheng, name: {zh: 会城街道, en: Huicheng}, disciplineOffice: true}",
            departments: """
              - {code: a, name: {zh: 甲, en: A}, landBureau: true, disciplineOffice: true}
              - {code: b, name: {zh: 乙, en: B}, landBureau: true}
              - {code: c, name: {zh: 丙, en: C}, disciplineOffice: true}
              - {code: d, name: {zh: 丁, en: D}, landBureau: maybe}
            """)
        guard case .failure(let failure) = CountyProfileCheck.check(yaml: yaml) else { Issue.record("accepted"); return }
        let found = failure.issues.map { "\($0.line ?? 0):\($0.field):\($0.reason.en)" }
        #expect(found.contains("5:towns[0].disciplineOffice:only a department can be the discipline office"))
        #expect(found.contains("10:departments[3].landBureau:must be true or false"))
        #expect(found.contains { $0.hasSuffix("departments:only one department can be the land bureau") })
        #expect(found.contains { $0.hasSuffix("departments:only one department can be the discipline office") })
        #expect(!found.contains { $0.contains("demand centre") })
    }

    @Test("The stored text round-trips; an unknown code grants nothing")
    func storedText() {
        #expect(UnitDesignation.text([.landBureau, .disciplineOffice]) == "discipline_office,land_bureau")
        #expect(UnitDesignation.parse("discipline_office,land_bureau") == [.landBureau, .disciplineOffice])
        #expect(UnitDesignation.parse("mayor,land_bureau") == [.landBureau])
        #expect(UnitDesignation.parse("").isEmpty)
        #expect(AccessActor.department("x", isDemandCentre: true, designations: [.landBureau]).designations == [.demandCentre, .landBureau])
    }
}
