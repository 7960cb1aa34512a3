import BaiqiangCore
import Fluent
import Foundation

extension EnterpriseStore {
    /// The firms whose city or town leader (挂钩领导) is the account `leader`, by name.
    func linkedFirms(to leader: UUID, named name: String) async throws -> [Enterprise] {
        try await linkedQuery(to: leader, named: name).sort(\.$name).all()
    }

    /// Which of `codes` are demo firms, so what is shown of them carries the label.
    func demoCodes(among codes: [String]) async throws -> Set<String> {
        guard !codes.isEmpty else { return [] }
        return Set(try await Enterprise.query(on: db).scoped(to: principal)
            .filter(\.$creditCode ~~ codes).filter(\.$isDemo == true).field(\.$creditCode).all().map(\.creditCode))
    }
}
