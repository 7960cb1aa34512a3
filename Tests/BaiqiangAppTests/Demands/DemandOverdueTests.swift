import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Demands: overdue list, escalation, attachments kept and served in scope, the audit chain intact")
struct DemandOverdueTests {
    /// A working morning, and three months on: every time limit of a demand raised then has run out.
    static let raised = ShanghaiTime.instant(LocalDate(year: 2026, month: 3, day: 2)!, hour: 10)
    static let monthsLater = raised.addingTimeInterval(91 * 86_400)

    @Test("An overdue demand is listed, flagged, urged and escalated to the named leader")
    func overdue() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            app.clock.set(Self.raised)
            let late = try await world.submit("firm")
            _ = try await world.act("centre", late, ["action": "accept"])
            _ = try await world.act("centre", late, ["action": "assign", "handler_code": "gxj"])
            app.clock.set(Self.monthsLater)
            let onTime = try await world.submit("other", category: "12345-complaint")

            #expect(try await world.list("centre", query: ["overdue": "1"]) == [late])
            #expect(try await world.list("gxj", query: ["overdue": "1"]) == [late])
            #expect(try await world.list("other", query: ["overdue": "1"]) == [])
            _ = onTime
            #expect(try await world.act("centre", late, ["action": "urge", "note": "请今日内答复"]).status == .ok)
            let escalated = try await world.act("centre", late, ["action": "escalate", "leader": "张副市长"])
            #expect(escalated.status == .ok)
            #expect(escalated.body.contains(#""escalated_to":"张副市长""#))
            // Without a name, escalation goes to the firm's linked leader from its record.
            let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == world.firm).first())
            firm.cityLeader = "李市长"
            try await firm.update(on: app.db)
            let linked = try await world.act("centre", late, ["action": "escalate"])
            #expect(linked.body.contains(#""escalated_to":"李市长""#))
            // A department cannot escalate.
            #expect(try await world.act("gxj", late, ["action": "escalate", "leader": "x"]).status == .forbidden)

            let browser = try await app.signIn("centre")
            try await app.testing().test(.GET, SiteURL.demands.path(query: ["overdue": "1"]), headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(late))
                #expect(!response.body.string.contains(onTime))
            }
            try await app.testing().test(.GET, SiteURL.demand(number: late).path, headers: browser.headers) { response async in
                #expect(response.body.string.contains("李市长"))
                #expect(response.body.string.contains("逾期"))
            }
            let verified = try await app.auditStore.verify()
            #expect(verified == nil, "the audit chain stays intact")
        }
    }

    @Test("An allowed attachment is kept and served to those who may see the demand only")
    func attachments() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let browser = try await app.signIn("firm")
            let boundary = "----bq-test-boundary"
            let png = HostileFiles.png()
            var body = ByteBuffer(string: csrfPart(browser.csrf, boundary: boundary) + "--\(boundary)\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nsme\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n现场照片\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"site.png\"\r\nContent-Type: image/png\r\n\r\n")
            body.writeBytes(png)
            body.writeString("\r\n--\(boundary)--\r\n")
            var headers = browser.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            try await app.testing().test(.POST, SiteURL.demandNew.path, headers: headers, body: body) { response async in
                #expect(response.status == .seeOther)
            }
            let demand = try #require(try await Demand.query(on: app.db).first())
            let file = try #require(try await DemandAttachment.query(on: app.db).first())
            #expect(file.size == png.count)
            #expect(file.contentType == "image/png")
            let path = SiteURL.demandAttachment(number: demand.trackingNumber, id: try file.requireID().uuidString).path
            try await app.testing().test(.GET, path, headers: browser.headers) { response async in
                #expect(response.status == .ok)
                #expect(Array(response.body.readableBytesView) == png)
            }
            let other = try await app.signIn("other")
            try await app.testing().test(.GET, path, headers: other.headers) { response async in
                #expect(response.status == .notFound)
            }
            _ = world
        }
    }
}
