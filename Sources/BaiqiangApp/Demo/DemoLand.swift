import BaiqiangCore
import Fluent
import Vapor

/// Fills an empty parcel register with Core's generated demo parcels (`DemoParcels`), held by
/// the demo firms of each town, with disposals under way and done; all flagged as demo data.
enum DemoLand {
    static func fillIfEmpty(_ app: Application, seed: UInt64, actor: AuditActor) async throws {
        let writer = app.writer(as: actor)
        let county = writer.countyCode
        guard try await !LandStore.hasParcels(on: app.db, county: county) else { return }
        let towns = try await OrganisationStore(db: app.db, county: county).towns().map(\.code)
        let holders = try await LandStore.demoHolders(on: app.db, county: county)
        let today = ShanghaiTime.day(of: app.appEnvironment.now)
        let records = DemoParcels.generate(towns: towns, holders: holders, today: today, seed: seed)
        _ = try await LandStore.save(records, isDemo: true, source: "demo", writer: writer)
        try await LandStore.record(DemoParcels.disposals(of: records, today: today, seed: seed), isDemo: true, writer: writer)
    }
}
