import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The one file that reads the system's time and generators: everything else asks the
// environment, so a test can set the clock and the ids.

extension AppEnvironment {
    /// The environment of the server and the command line.
    public static func live(countyProfile: String = AppConfiguration.defaultCountyProfile) -> AppEnvironment {
        AppEnvironment(clock: AppClock(), uuid: { UUID.timeOrdered(at: Date()) }, secureRandomBytes: systemRandomBytes,
                       reference: .bundled(countyProfile: countyProfile))
    }

    /// Bytes from the system's CSPRNG.
    static let systemRandomBytes: @Sendable (Int) -> [UInt8] = { count in
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}

extension AppClock {
    /// A clock on the system time until it is set.
    public convenience init() {
        self.init(source: { Date() })
    }
}

extension UUID {
    /// A time-ordered (version 7, RFC 9562) UUID: the milliseconds since 1970, then 74 random
    /// bits. Rows written together get neighbouring ids, so a bulk write appends to the end of
    /// the primary key's index; with random (version 4) ids every row landed on a random page of
    /// it, which made storing an evaluation's million results take twice as long on PostgreSQL.
    static func timeOrdered(at date: Date) -> UUID {
        var bytes = RandomBytePool.shared.sixteenBytes()
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        return withUnsafeMutableBytes(of: &bytes) { raw in
            for index in 0..<6 { raw[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
            raw[6] = raw[6] & 0x0F | 0x70  // version 7
            raw[8] = raw[8] & 0x3F | 0x80  // RFC 4122 variant
            return UUID(uuid: (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                               raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15]))
        }
    }
}

/// Bytes of the system's CSPRNG, fetched 4 KiB at a time and each handed out once.
final class RandomBytePool: @unchecked Sendable {
    static let shared = RandomBytePool()

    private let lock = NSLock()
    private var words = [UInt64](repeating: 0, count: 512)
    private var next = 512

    func sixteenBytes() -> (UInt64, UInt64) {
        lock.lock()
        defer { lock.unlock() }
        if next + 2 > words.count {
            words.withUnsafeMutableBytes { Self.fill($0) }
            next = 0
        }
        defer { next += 2 }
        return (words[next], words[next + 1])
    }
}

extension RandomBytePool {
    /// Fills `buffer` with one call into the C library's generator (glibc 2.36's `arc4random_buf`
    /// reads the kernel's `getrandom`); the standard library's generator makes one per eight bytes.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        arc4random_buf(buffer.baseAddress!, buffer.count)
        #else
        var generator = SystemRandomNumberGenerator()
        var offset = 0
        while offset < buffer.count {
            buffer.storeBytes(of: generator.next() as UInt64, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        #endif
    }
}
