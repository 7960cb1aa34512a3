import BaiqiangCore
import NIOCore
import Vapor

/// Who may read `/metrics`: its route names and request counts are for the operators, not the
/// public. A client on this machine may (a Prometheus next to the server), unless the request
/// came through a proxy (which says so with `Forwarded` or `X-Forwarded-For`, and then stands for
/// a client elsewhere); any client may with the configured bearer token.
enum MetricsAccess {
    static func allows(_ request: Request) -> Bool {
        if let token = request.application.configuration.metricsToken, !token.isEmpty,
           let presented = request.headers.bearerAuthorization?.token {
            return SecretComparison.matches(presented, token)
        }
        let forwarded = request.headers.contains(name: .forwarded) || request.headers.contains(name: .xForwardedFor)
        return !forwarded && isLoopback(request.remoteAddress)
    }

    static func isLoopback(_ address: SocketAddress?) -> Bool {
        switch address {
        case .unixDomainSocket: return true
        case .v4, .v6:
            guard let ip = address?.ipAddress?.lowercased() else { return false }
            return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
        case nil: return false
        }
    }
}
