import BaiqiangCore
import Vapor

/// What every demand page handler reads first: who is signed in, as which workflow actor, and
/// the store that answers for them.
struct DemandControllerRequest {
    var request: Request
    var principal: Principal
    var actor: DemandActor
    var service: DemandStore

    init(_ request: Request) async throws {
        self.request = request
        principal = try request.requirePrincipal()
        service = DemandStore(db: request.db, environment: request.appEnvironment, county: request.countyCode)
        actor = try await service.actor(for: principal)
    }

    var permissions: Permissions { Permissions(actor) }
}
