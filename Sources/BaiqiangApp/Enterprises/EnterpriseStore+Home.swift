import BaiqiangCore
import Fluent

extension EnterpriseStore {
    /// The firms whose city or town leader (挂钩领导) is `leader`, as the registry names them, by name.
    func linkedFirms(to leader: String) async throws -> [Enterprise] {
        try await Enterprise.query(on: db).scoped(to: principal)
            .group(.or) { $0.filter(\.$cityLeader == leader).filter(\.$townLeader == leader) }
            .sort(\.$name).all()
    }

    /// Which of `codes` are demo firms, so what is shown of them carries the label.
    func demoCodes(among codes: [String]) async throws -> Set<String> {
        guard !codes.isEmpty else { return [] }
        return Set(try await Enterprise.query(on: db).scoped(to: principal)
            .filter(\.$creditCode ~~ codes).filter(\.$isDemo == true).field(\.$creditCode).all().map(\.creditCode))
    }
}
