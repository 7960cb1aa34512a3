import Foundation

/// The address a request came from, for throttling and the audit log. A client can write any
/// `X-Forwarded-For` it likes, so the header is believed only when the connection comes from a
/// configured proxy, and then only as far as the proxies it names are trusted too.
public enum ClientAddress {
    /// `peer` (the socket's address) unless it is a trusted proxy; then the right-most address
    /// in `forwardedFor` (comma-separated, one or more headers) that is not itself a trusted
    /// proxy. "unknown" without a peer.
    public static func resolve(peer: String?, forwardedFor: [String], trustedProxies: Set<String>) -> String {
        guard let peer else { return "unknown" }
        guard trustedProxies.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !trustedProxies.contains(hop) {
            return String(hop.prefix(64))
        }
        return hops.first.map { String($0.prefix(64)) } ?? peer
    }
}
