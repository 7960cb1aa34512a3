import BaiqiangCore
import Fluent
import Foundation
import Testing
@testable import BaiqiangApp

@Suite("Demands: the overdue filter in SQL selects exactly the demands Core calls overdue")
struct DemandOverdueFilterTests {
    @Test("Every status, each deadline before, at or after now, each milestone time set or not")
    func sqlAgreesWithCore() async throws {
        try await withTestApp { app in
            let now = Date(timeIntervalSince1970: 1_760_241_600)
            let instants = [now.addingTimeInterval(-3600), now, now.addingTimeInterval(3600)]
            var rows: [Demand] = []
            var expected: Set<String> = []
            for status in DemandStatus.allCases {
                for response in instants { for solution in instants { for closure in instants {
                    for reached in 0..<8 {
                        var state = DemandState(
                            status: status, categoryCode: "sme", enterpriseCode: "91440784MA4UABCD1X",
                            submittedAt: now.addingTimeInterval(-86_400),
                            deadlines: DemandDeadlines(response: response, solution: solution, closure: closure))
                        let at = now.addingTimeInterval(-60)
                        state.respondedAt = reached & 1 != 0 ? at : nil
                        state.solutionAt = reached & 2 != 0 ? at : nil
                        state.resolvedAt = reached & 4 != 0 ? at : nil
                        let demand = Demand()
                        demand.trackingNumber = String(format: "T%05d", rows.count)
                        demand.text = "x"
                        demand.channel = "web"
                        demand.version = 1
                        try demand.setState(state)
                        rows.append(demand)
                        if state.isOverdue(at: now) { expected.insert(demand.trackingNumber) }
                    }
                } } }
            }
            for start in stride(from: 0, to: rows.count, by: 200) {
                try await rows[start..<min(start + 200, rows.count)].create(on: app.db)
            }
            var filter = DemandStore.Filter()
            filter.overdue = true
            let query = Demand.query(on: app.db)
            DemandStore(db: app.db, environment: app.appEnvironment).apply(filter, to: query, now: now)
            let selected = Set(try await query.all().map(\.trackingNumber))
            #expect(rows.count == 8 * 27 * 8)
            #expect(!expected.isEmpty && expected.count < rows.count)
            let onlyInSQL = selected.subtracting(expected).sorted(), onlyInCore = expected.subtracting(selected).sorted()
            #expect(onlyInSQL.count == 0, "selected in SQL, not overdue in Core: \(onlyInSQL.prefix(5))")
            #expect(onlyInCore.count == 0, "overdue in Core, not selected in SQL: \(onlyInCore.prefix(5))")
        }
    }
}
