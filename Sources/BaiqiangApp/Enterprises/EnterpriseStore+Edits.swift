import BaiqiangCore
import Fluent
import Vapor

extension EnterpriseStore {
    /// What an editor may change of a firm's record (its identity and figures come from imports).
    struct Edit: Sendable {
        var address: String?
        var contactName: String?
        var contactPhone: String?
        /// The linked leaders (挂钩领导), chosen by account; an old row's typed name may be kept.
        var cityLeader: LeaderChoice
        var townLeader: LeaderChoice
        var ladderStage: Int?
        var listingStage: String?
        var listingSince: Int?
        var ticker: String?
        /// Designation kind and the year it was granted.
        var designations: [(String, Int)]
    }

    /// Applies an edit to the firm `code` in one audited transaction; an edit that changes
    /// nothing leaves no audit entry.
    func update(_ code: String, with edit: Edit, writer: Writer) async throws {
        try await writer.transaction { db, audit in
            guard let fresh = try await Enterprise.query(on: db, county: county).filter(\.$creditCode == code).with(\.$town).first() else { throw Abort(.notFound) }
            let held = try await EnterpriseDesignation.query(on: db, county: county).filter(\.$creditCode == code).all()
            let before = EnterpriseSnapshot(fresh, townCode: fresh.town?.code, designations: held.map { "\($0.kind):\($0.year)" }.sorted())
            fresh.address = edit.address
            fresh.contactName = edit.contactName
            fresh.contactPhone = edit.contactPhone
            // A leader of another county, a non-leader or an unknown name refuses the whole edit.
            let accounts = AccountStore(db: db)
            (fresh.cityLeaderID, fresh.cityLeader) = try await accounts.resolve(edit.cityLeader, in: county,
                                                                                current: (fresh.cityLeaderID, fresh.cityLeader))
            (fresh.townLeaderID, fresh.townLeader) = try await accounts.resolve(edit.townLeader, in: county,
                                                                                current: (fresh.townLeaderID, fresh.townLeader))
            fresh.ladderStage = edit.ladderStage
            fresh.listingStage = edit.listingStage
            fresh.listingSince = edit.listingSince
            fresh.ticker = edit.ticker
            try await fresh.update(on: db)
            try await EnterpriseDesignation.query(on: db, county: county).filter(\.$creditCode == code).delete()
            for (kind, year) in edit.designations {
                let designation = EnterpriseDesignation(creditCode: code, kind: kind, year: year)
                designation.countyCode = county
                try await designation.create(on: db)
            }
            let after = EnterpriseSnapshot(fresh, townCode: fresh.town?.code, designations: edit.designations.map { "\($0.0):\($0.1)" }.sorted())
            if before != after {
                try await audit.record(.enterpriseUpdate, entity: .enterprise, id: code, before: before, after: after)
            }
        }
    }
}
