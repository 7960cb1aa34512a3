import BaiqiangCore
import Fluent

/// Loads the county's towns and departments from its profile where they are not there yet.
enum OrganisationSeed {
    static func load(_ profile: CountyProfile, writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let store = OrganisationStore(db: db, county: county)
            let towns = try await store.townCodes()
            for unit in profile.towns where !towns.contains(unit.code) {
                try await store.create(Town(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en))
                try await audit.record(.townCreate, entity: .town, id: unit.code, before: nil as CountyProfile.Unit?, after: unit)
            }
            let departments = try await store.departmentCodes()
            for unit in profile.departments where !departments.contains(unit.code) {
                try await store.create(Department(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en,
                                                  isDemandCentre: false, designations: unit.designations))
                try await audit.record(.departmentCreate, entity: .department, id: unit.code,
                                       before: nil as CountyProfile.Unit?, after: unit)
            }
        }
    }
}
