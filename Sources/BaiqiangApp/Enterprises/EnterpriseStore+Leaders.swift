import BaiqiangCore
import Fluent
import Foundation
import SQLKit

extension EnterpriseStore {
    /// A firm on a leader's page: how the leader is linked to it and its latest output.
    struct LinkedFirm: Sendable {
        var firm: Enterprise
        var asCityLeader: Bool
        var asTownLeader: Bool
        /// The latest year with an industrial output figure (工业总产值, 万元), and that figure.
        var outputYear: Int?
        var outputWan: Double?
    }

    /// The firms linked to the account `leader` as city or town leader (挂钩领导): by account,
    /// or (an old row not yet linked) by the account's display name. Scoped like every read.
    func linkedQuery(to leader: UUID, named name: String) -> QueryBuilder<Enterprise> {
        Enterprise.query(on: db).scoped(to: principal)
            .group(.or) { either in
                either.filter(\.$cityLeaderID == leader).filter(\.$townLeaderID == leader)
                    .group(.and) { $0.filter(\.$cityLeaderID == nil).filter(\.$cityLeader == name) }
                    .group(.and) { $0.filter(\.$townLeaderID == nil).filter(\.$townLeader == name) }
            }
    }

    /// One page of the firms linked to `leader`, by name, with how many there are in all.
    func linkedFirms(to leader: UUID, named name: String, page: Int, pageSize: Int) async throws -> (firms: [LinkedFirm], total: Int) {
        let total = try await linkedQuery(to: leader, named: name).count()
        let firms = try await linkedQuery(to: leader, named: name).with(\.$town).sort(\.$name).sort(\.$creditCode)
            .range(((page - 1) * pageSize)..<(page * pageSize)).all()
        let outputs = try await latestOutputs(of: firms.map(\.creditCode))
        return (firms.map { firm in
            let output = outputs[firm.creditCode]
            return LinkedFirm(firm: firm, asCityLeader: firm.cityLeaderID == leader || (firm.cityLeaderID == nil && firm.cityLeader == name),
                              asTownLeader: firm.townLeaderID == leader || (firm.townLeaderID == nil && firm.townLeader == name),
                              outputYear: output?.year, outputWan: output?.output_wan)
        }, total)
    }

    private struct LatestOutput: Decodable {
        var credit_code: String
        var year: Int
        var output_wan: Double?
    }

    /// Each firm's latest year with an output figure, in one query.
    private func latestOutputs(of codes: [String]) async throws -> [String: LatestOutput] {
        guard !codes.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.raw("""
            SELECT f.credit_code, f.year, f.output_wan FROM \(ident: EnterpriseYearFigure.schema) f
            WHERE \(principal.countyCondition("f")) AND f.credit_code IN (\(binds: codes)) AND f.output_wan IS NOT NULL AND f.year = (
                SELECT MAX(g.year) FROM \(ident: EnterpriseYearFigure.schema) g
                WHERE g.county_code = f.county_code AND g.credit_code = f.credit_code AND g.output_wan IS NOT NULL)
            """).all(decoding: LatestOutput.self)
        return Dictionary(rows.map { ($0.credit_code, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension EnterpriseStore {
    /// Up to `limit` generated demo firms with no city leader linked, by credit code: what
    /// `serve --demo` links to its demo leader. Real firms are never picked.
    func unlinkedDemoFirms(limit: Int) async throws -> [String] {
        try await Enterprise.query(on: db, county: county).filter(\.$isDemo == true).filter(\.$cityLeaderID == nil)
            .group(.or) { $0.filter(\.$namedInPlan == nil).filter(\.$namedInPlan == false) }
            .sort(\.$creditCode).limit(limit).all(\.$creditCode)
    }

    /// Links demo firms to `leader` as their city leader, in one audited transaction; a real
    /// firm among `codes` is left alone.
    func linkDemoFirms(_ codes: [String], to leader: User, writer: Writer) async throws {
        guard !codes.isEmpty else { return }
        let county = self.county, leaderID = try leader.requireID(), name = leader.displayName
        try await writer.transaction { db, audit in
            for firm in try await Enterprise.query(on: db, county: county).filter(\.$isDemo == true).filter(\.$creditCode ~~ codes).all() {
                let before = EnterpriseSnapshot(firm, townCode: nil)
                firm.cityLeaderID = leaderID
                firm.cityLeader = name
                try await firm.update(on: db)
                try await audit.record(.enterpriseUpdate, entity: .enterprise, id: firm.creditCode, before: before,
                                       after: EnterpriseSnapshot(firm, townCode: nil))
            }
        }
    }
}
