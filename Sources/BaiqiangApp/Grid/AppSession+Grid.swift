import BaiqiangCore
import Foundation

extension AppSession {
    /// `baiqiang import grids FILE`: the grids of the installation's county, added or replaced by
    /// code, all or none. Returns the number of grids written.
    public func importGrids(_ data: Data, sheet: String?) async throws -> Int {
        let records = try GridFile.grids(data, sheet: sheet)
        return try await GridStore(db: app.db, principal: try await commandPrincipal()).importGrids(records, firstRow: 2, writer: writer)
    }

    /// `baiqiang import grid-workers FILE`: grid worker accounts bound to their grids and teams.
    public func importGridWorkers(_ data: Data, sheet: String?) async throws -> Int {
        let records = try GridFile.workers(data, sheet: sheet)
        return try await GridStore(db: app.db, principal: try await commandPrincipal()).bindWorkers(records, firstRow: 2, writer: writer)
    }

    /// The command line acts for the county's administration: an administrator of the
    /// installation's county, as every other import does.
    func commandPrincipal() async throws -> Principal {
        var principal = Principal.countyWide(of: environment.reference.countyCode)
        principal.role = .admin
        return principal
    }
}

/// The grid events export (网格事件导出): one row per event the principal reads.
enum GridEventExport {
    static func table(_ events: [GridEvent], grids: [String: String], language: Language) -> TableExport {
        let english = language == .en
        let header = english
            ? ["grid", "grid_name", "town", "category", "status", "description", "address", "latitude", "longitude", "hazard_found",
               "reporter", "reported_at", "closure_deadline", "handler", "demo"]
            : ["网格编码", "网格名称", "镇街编码", "事件类别", "状态", "事件描述", "地址", "纬度", "经度", "发现隐患",
               "上报人", "上报时间", "处置时限", "处置单位", "演示数据"]
        let rows: [[TableExport.Cell]] = events.map { event in
            let category = GridStore.categories.category(event.categoryCode)?.name.text(for: language) ?? event.categoryCode
            let status = DemandStatus(rawValue: event.status).map { GridEvents.label($0).text(for: language) } ?? event.status
            return [.text(event.gridCode), .text(grids[event.gridCode] ?? ""), .text(event.townCode), .text(category), .text(status),
                    .text(event.text), event.address.map { .text($0) } ?? .empty,
                    event.latitude.map { .number($0) } ?? .empty, event.longitude.map { .number($0) } ?? .empty,
                    .text(event.hazardFound ? (english ? "yes" : "是") : (english ? "no" : "否")),
                    .text(event.reporterName), .text(DemandUI.time(event.reportedAt)), .text(DemandUI.time(event.closureDeadline)),
                    .text(event.handlerKind.flatMap { kind in event.handlerCode.map { "\(kind):\($0)" } } ?? ""),
                    .text(event.isDemo ? "演示数据" : "")]
        }
        return TableExport(header: header, rows: rows)
    }
}
