import BaiqiangCore
import Fluent
import Foundation

extension AppSession {
    /// What `county create` made.
    public struct CreatedCounty: Sendable {
        public var divisionCode: String
        public var name: BilingualText
        public var towns: Int
        public var departments: Int
    }

    /// `baiqiang county create --profile FILE`: a county with its towns and departments, from a
    /// county profile file checked first (every problem with its line, nothing created), audited,
    /// refused when the county is already there.
    public func createCounty(profileYAML: String) async throws -> CreatedCounty {
        let profile = try CountyProfileCheck.check(yaml: profileYAML).get()
        guard let division = profile.divisionCode else { throw CountyAlreadyExists(code: "") }
        try await self.writer.inCounty(division).transaction { db, audit in
            let store = OrganisationStore(db: db, county: division)
            guard try await store.townCodes().isEmpty, try await store.departmentCodes().isEmpty else { throw CountyAlreadyExists(code: division) }
            try await audit.record(.countyCreate, entity: .county, id: division, before: nil as String?, after: profile.name)
            for unit in profile.towns {
                try await store.create(Town(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en))
                try await audit.record(.townCreate, entity: .town, id: unit.code, before: nil as CountyProfile.Unit?, after: unit)
            }
            for unit in profile.departments {
                try await store.create(Department(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en,
                                                  isDemandCentre: false, designations: unit.designations))
                try await audit.record(.departmentCreate, entity: .department, id: unit.code, before: nil as CountyProfile.Unit?, after: unit)
            }
        }
        return CreatedCounty(divisionCode: division, name: profile.name, towns: profile.towns.count, departments: profile.departments.count)
    }
}

/// A county whose towns or departments are already recorded: creating it again would mix two
/// profiles.
public struct CountyAlreadyExists: BilingualError {
    public var code: String
    public var kind: FailureKind { .conflict }
    public var message: BilingualText {
        BilingualText(zh: "县（市、区）\(code) 已存在，未作任何更改", en: "The county \(code) already exists; nothing was changed")
    }
}
