import BaiqiangCore
import Fluent

/// Loads the county's towns and departments from its profile where they are not there yet.
enum OrganisationSeed {
    static func load(_ profile: CountyProfile, writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let towns = Set(try await Town.query(on: db, county: county).all(\.$code))
            for unit in profile.towns where !towns.contains(unit.code) {
                let town = Town(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en)
                town.countyCode = county
                try await town.create(on: db)
                try await audit.record("town.create", entity: "town", id: unit.code, before: nil as CountyProfile.Unit?, after: unit)
            }
            let departments = Set(try await Department.query(on: db, county: county).all(\.$code))
            for unit in profile.departments where !departments.contains(unit.code) {
                let department = Department(code: unit.code, nameZh: unit.name.zh, nameEn: unit.name.en,
                                            isDemandCentre: unit.demandCentre ?? false)
                department.countyCode = county
                try await department.create(on: db)
                try await audit.record("department.create", entity: "department", id: unit.code,
                                       before: nil as CountyProfile.Unit?, after: unit)
            }
        }
    }
}
