import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Throttling failed logins")
struct LoginThrottleTests {
    let throttle = LoginThrottle()
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// The pair count after `failures` failures, one a second apart from `start`.
    func pair(after failures: Int) -> LoginThrottle.Count? {
        var count: LoginThrottle.Count?
        for second in 0..<failures { count = throttle.pairAfterFailure(count, now: start.addingTimeInterval(Double(second))) }
        return count
    }

    @Test("Three failures are free; then each attempt waits 1 s, 2 s, 4 s … up to 15 minutes")
    func growingDelay() {
        #expect(throttle.delay(afterFailures: 0) == 0)
        #expect(throttle.delay(afterFailures: 2) == 0)
        #expect(throttle.delay(afterFailures: 3) == 1)
        #expect(throttle.delay(afterFailures: 4) == 2)
        #expect(throttle.delay(afterFailures: 5) == 4)
        #expect(throttle.delay(afterFailures: 12) == 512)
        #expect(throttle.delay(afterFailures: 13) == 900)
        #expect(throttle.delay(afterFailures: 10_000) == 900)
    }

    @Test("An attempt during the delay waits until it ends; afterwards it may try")
    func waits() throws {
        let count = try #require(pair(after: 5))
        let last = count.last
        #expect(count.failures == 5)
        #expect(throttle.decision(pair: count, address: nil, now: last.addingTimeInterval(3.9)) == .wait(until: last.addingTimeInterval(4)))
        #expect(throttle.decision(pair: count, address: nil, now: last.addingTimeInterval(4)) == .allowed)
        #expect(throttle.decision(pair: pair(after: 2), address: nil, now: start.addingTimeInterval(1)) == .allowed)
    }

    @Test("A day without failures forgets them")
    func forgets() throws {
        let count = try #require(pair(after: 14))
        let later = count.last.addingTimeInterval(24 * 3600)
        #expect(throttle.decision(pair: count, address: nil, now: later) == .allowed)
        #expect(throttle.pairAfterFailure(count, now: later).failures == 1)
    }

    @Test("Twenty failures from one address in ten minutes make it wait for the rest of the window")
    func addressLimit() {
        var address: LoginThrottle.Count?
        for second in 0..<19 { address = throttle.addressAfterFailure(address, now: start.addingTimeInterval(Double(second))) }
        #expect(throttle.decision(pair: nil, address: address, now: start.addingTimeInterval(19)) == .allowed)
        address = throttle.addressAfterFailure(address, now: start.addingTimeInterval(19))
        #expect(throttle.decision(pair: nil, address: address, now: start.addingTimeInterval(20)) == .wait(until: start.addingTimeInterval(600)))
        #expect(throttle.decision(pair: nil, address: address, now: start.addingTimeInterval(600)) == .allowed)
        #expect(throttle.addressAfterFailure(address, now: start.addingTimeInterval(600)).failures == 1)
    }

    @Test("The longer of two waits applies")
    func longerWait() throws {
        let count = try #require(pair(after: 13))
        var address: LoginThrottle.Count?
        for _ in 0..<20 { address = throttle.addressAfterFailure(address, now: start) }
        #expect(throttle.decision(pair: count, address: address, now: start.addingTimeInterval(13)) == .wait(until: count.last.addingTimeInterval(900)))
    }

    @Test("Failed logins of unknown names get at most five audit rows per address a minute")
    func auditLimit() {
        var count: LoginThrottle.Count?
        var written = 0
        for second in 0..<30 {
            let next = throttle.auditUnknown(count, now: start.addingTimeInterval(Double(second)))
            if next.write { written += 1 }
            count = next.count
        }
        #expect(written == 5)
        #expect(throttle.auditUnknown(count, now: start.addingTimeInterval(60)).write)
    }

    @Test("Usernames are counted and logged at most 64 characters long")
    func usernameCap() {
        #expect(LoginThrottle.accountKey(String(repeating: "x", count: 10_000)).count == 64)
        #expect(LoginThrottle.accountKey("admin") == "admin")
    }

    @Test("X-Forwarded-For is believed only from a trusted proxy, and only as far as it is trusted")
    func clientAddress() {
        let proxies: Set = ["10.0.0.1", "10.0.0.2"]
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"], trustedProxies: proxies) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["198.51.100.1"], trustedProxies: proxies) == "198.51.100.1")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["1.1.1.1, 198.51.100.1, 10.0.0.2"], trustedProxies: proxies) == "198.51.100.1")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: ["1.1.1.1", "198.51.100.1"], trustedProxies: proxies) == "198.51.100.1")
        #expect(ClientAddress.resolve(peer: "10.0.0.1", forwardedFor: [], trustedProxies: proxies) == "10.0.0.1")
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["1.1.1.1"], trustedProxies: proxies) == "unknown")
    }
}
