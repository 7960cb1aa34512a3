import BaiqiangCore
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// A town sees its own firms' demands and those the centre assigns to it, wherever the firm is:
/// the unit picker offers every town, so a town must be able to act on what it is sent.
@Suite("Demands: a town reaches what is assigned to it")
struct DemandTownReachTests {
    @Test("A demand of a firm in 共和 assigned to 沙坪 is seen and answered by 沙坪, and only once assigned")
    func assignedAcrossTowns() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let number = try await world.submit("other")
            #expect(try await world.list("shaping").contains(number) == false)
            try await world.act("centre", number, ["action": "accept"])
            try await world.act("centre", number, ["action": "assign", "handler": "town:shaping"])
            #expect(try await world.list("shaping").contains(number))
            let answer = try await world.act("shaping", number, ["action": "respond", "note": "已联系企业"])
            #expect(answer.status == .ok, "\(answer.body)")
            try await world.act("centre", number, ["action": "reassign", "handler": "department:gxj", "note": "属工信局职责"])
            #expect(try await world.list("shaping").contains(number) == false, "moved away, and not a 沙坪 firm's")
        }
    }
}
