import BaiqiangCore
import Fluent
import Vapor

extension DemandStore {
    /// Reads the input, applies it to the demand as the principal, in one audited transaction.
    static func transition(_ number: String, input: DemandTransitionInput, principal: Principal, writer: Writer) async throws -> Demand {
        try input.checkFields()
        return try await writer.transaction { db, audit in
            let service = DemandStore(db: db, environment: writer.environment, county: writer.countyCode)
            let actor = try await service.actor(for: principal)
            guard let demand = try await service.find(number, principal: principal, actor: actor) else { throw Abort(.notFound) }
            var input = input
            if input.action == DemandActionKind.escalate.rawValue, (input.leader ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                // 督办 goes to the firm's linked leader (挂钩领导) when the centre names nobody else.
                input.leader = try await service.linkedLeader(of: demand)
            }
            let action = try await input.action(for: demand, service: service)
            return try await apply(action, to: demand, actor: actor, note: input.eventNote, db: db, audit: audit, writer: writer)
        }
    }
}
