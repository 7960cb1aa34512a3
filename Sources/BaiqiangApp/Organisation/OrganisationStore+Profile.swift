import BaiqiangCore
import Fluent

/// A county's towns and departments made from its profile, each audited, in one transaction:
/// at start-up for the installation's county, and by `county create` for another.
extension OrganisationStore {
    /// Loads the writer's county's towns and departments from its profile where they are not
    /// there yet.
    static func load(_ profile: CountyProfile, writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let store = OrganisationStore(db: db, county: county)
            let towns = try await store.townCodes()
            for unit in profile.towns where !towns.contains(unit.code) {
                try await store.create(town: unit, audit: audit)
            }
            let departments = try await store.departmentCodes()
            for unit in profile.departments where !departments.contains(unit.code) {
                try await store.create(department: unit, audit: audit)
            }
        }
    }

    /// Makes the county `division` with the profile's towns and departments, audited as a county
    /// made; refused, changing nothing, when it has a town or department already.
    static func createCounty(_ profile: CountyProfile, division: String, writer: Writer) async throws {
        try await writer.inCounty(division).transaction { db, audit in
            let store = OrganisationStore(db: db, county: division)
            guard try await store.townCodes().isEmpty, try await store.departmentCodes().isEmpty else { throw CountyAlreadyExists(code: division) }
            try await audit.record(.countyCreate, entity: .county, id: division, before: nil as String?, after: profile.name)
            for unit in profile.towns {
                try await store.create(town: unit, audit: audit)
            }
            for unit in profile.departments {
                try await store.create(department: unit, audit: audit)
            }
        }
    }

    private func create(town unit: CountyProfile.Unit, audit: AuditRecorder) async throws {
        try await create(Town(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en))
        try await audit.record(.townCreate, entity: .town, id: unit.code, before: nil as CountyProfile.Unit?, after: unit)
    }

    private func create(department unit: CountyProfile.Unit, audit: AuditRecorder) async throws {
        try await create(Department(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en,
                                    isDemandCentre: false, designations: unit.designations))
        try await audit.record(.departmentCreate, entity: .department, id: unit.code, before: nil as CountyProfile.Unit?, after: unit)
    }
}
