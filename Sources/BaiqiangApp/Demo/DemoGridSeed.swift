import BaiqiangCore
import Fluent
import Vapor

/// Grids for every town, the demo grid workers bound to them, events in several states of the
/// workflow (some with a generated site photo) and one 厂中厂 campaign, through the stores and flagged as demo data (演示数据), where
/// the county has no grids yet.
enum DemoGridSeed {
    /// The demo grid worker accounts and their teams; the first is bound to the first town's first grid.
    static let workers: [(username: String, team: GridTeam)] = [("grid", .fullTime), ("grid2", .partTime), ("grid3", .auxiliary)]

    static func fillIfEmpty(_ app: Application, seed: UInt64, actor: AuditActor) async throws {
        let writer = app.writer(as: actor)
        let county = writer.countyCode
        let accounts = AccountStore(db: app.db)
        guard let adminUser = try await accounts.user(named: "admin", in: county) else { return }
        let admin = try await Principal.load(adminUser, channel: .token, csrfToken: nil, on: app.db)
        let grids = GridStore(db: app.db, principal: admin)
        guard try await grids.allGrids().isEmpty else { return }
        let towns = try await OrganisationStore(db: app.db, county: county).towns().sorted { $0.code < $1.code }
        guard !towns.isEmpty else { return }
        // The demo town account is Shaping's: its grids come first so the town sees their events.
        let ordered = towns.filter { $0.code == "shaping" } + towns.filter { $0.code != "shaping" }
        var records: [GridRecord] = []
        for town in ordered {
            for number in 1...2 {
                records.append(GridRecord(code: "\(town.code)-\(String(format: "%02d", number))",
                                          name: "\(town.nameZh)第\(number == 1 ? "一" : "二")网格", townCode: town.code))
            }
        }
        try await grids.importGrids(records, isDemo: true, writer: writer)
        var bound: [GridWorkerRecord] = []
        for (index, worker) in workers.enumerated() where try await accounts.user(named: worker.username, in: county) != nil {
            bound.append(GridWorkerRecord(username: worker.username, gridCode: records[min(index, records.count - 1)].code, team: worker.team))
        }
        try await grids.bindWorkers(bound, isDemo: true, writer: writer)

        var generator = SplitMix(seed: seed)
        let categories = GridStore.categories.categories.map(\.code)
        let department = try await accounts.user(named: "department", in: county)
        let handler = try await department.asyncMap { try await Principal.load($0, channel: .token, csrfToken: nil, on: app.db) }
        let reporter = try await accounts.user(named: "grid", in: county)
            .asyncMap { try await Principal.load($0, channel: .token, csrfToken: nil, on: app.db) }
        let descriptions = ["厂房内隔出多个小作坊分租，消防通道被占用", "仓库旁新建铁皮棚，未见审批", "排水口有异色污水流出",
                            "配电箱旁堆放易燃包装材料", "厂区脚手架未设防护网", "出租厂房内多家企业混住混用"]
        let stops: [DemandStatus] = [.submitted, .accepted, .assigned, .responded, .resolved, .closed]
        for index in 0..<12 {
            let grid = records[index % min(records.count, 6)]
            let category = index % 3 == 0 ? "factory-subletting" : categories[Int(generator.next() % UInt64(categories.count))]
            let own = reporter != nil && reporter?.gridCode == grid.code
            let store = GridStore(db: app.db, principal: own ? reporter! : admin)
            let report = GridEventReport(
                gridCode: grid.code, categoryCode: category, description: "【演示数据】" + descriptions[index % descriptions.count],
                address: "\(grid.name)\(index + 1)号", latitude: 22.70 + Double(generator.next() % 600) / 10_000,
                longitude: 112.90 + Double(generator.next() % 800) / 10_000, hazardFound: index % 4 != 3)
            let event = try await store.report(report, isDemo: true, writer: writer)
            let id = try event.requireID()
            // Some events carry a site photo, drawn in code and stored as an upload would be; on a
            // demo event it shows as 演示数据 like the event.
            if index % 4 == 0 {
                try await store.addPhoto(to: id, fileName: DemoGridPhoto.fileName(index / 4), data: DemoGridPhoto.png(variant: index / 4),
                                         writer: writer)
            }
            let stop = stops[index % stops.count]
            let centre = GridStore(db: app.db, principal: admin)
            guard stop != .submitted else { continue }
            _ = try await centre.apply(.accept, to: id, writer: writer)
            guard stop != .accepted, let handler, let code = handler.departmentCode else { continue }
            _ = try await centre.apply(.assign(.department(code)), to: id, writer: writer)
            guard stop != .assigned else { continue }
            let unit = GridStore(db: app.db, principal: handler)
            _ = try await unit.apply(.respond(answer: "【演示数据】已到现场核实，责令限期整改"), to: id, writer: writer)
            guard stop != .responded else { continue }
            _ = try await unit.apply(.resolve(summary: "【演示数据】已整改完毕"), to: id, writer: writer)
            guard stop != .resolved else { continue }
            _ = try await centre.apply(.returnVisit(.satisfied, note: "【演示数据】现场核查通过"), to: id, writer: writer)
        }
        let today = PlanDate(shanghai: app.appEnvironment.now)
        let campaign = GridCampaign(
            code: "factory-subletting-\(today.year)", name: BilingualText(zh: "\(today.year) 年“厂中厂”专项整治（演示数据）",
                                                                        en: "\(today.year) factory-within-a-factory campaign (demo)"),
            towns: [], categories: ["factory-subletting"],
            start: PlanDate(year: today.year, month: 1, day: 1)!, end: PlanDate(year: today.year, month: 12, day: 31)!,
            targets: GridCampaignTargets(sitesChecked: 20, hazardsFound: 8, hazardsFixed: 8))
        try await grids.saveCampaign(campaign, isDemo: true, writer: writer)
    }
}

/// A small deterministic generator, so the demo is the same on every start with the same seed.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
