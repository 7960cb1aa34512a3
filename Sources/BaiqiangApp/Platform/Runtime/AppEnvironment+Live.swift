import Foundation

// The one file that reads the system's time and generators: everything else asks the
// environment, so a test can set the clock and the ids.

extension AppEnvironment {
    /// The environment of the server and the command line.
    public static func live(countyProfile: String = AppConfiguration.defaultCountyProfile) -> AppEnvironment {
        AppEnvironment(clock: AppClock(), uuid: { UUID.systemRandom() }, secureRandomBytes: systemRandomBytes,
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
    /// A random (version 4) UUID from the system's generator. Foundation's `UUID()` on Linux
    /// opens, reads and closes /dev/urandom for every identifier, which a profile of a bulk
    /// import showed as its largest single cost.
    static func systemRandom() -> UUID {
        var generator = SystemRandomNumberGenerator()
        var bytes = (generator.next() as UInt64, generator.next() as UInt64)
        return withUnsafeMutableBytes(of: &bytes) { raw in
            raw[6] = raw[6] & 0x0F | 0x40  // version 4
            raw[8] = raw[8] & 0x3F | 0x80  // RFC 4122 variant
            return UUID(uuid: (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                               raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15]))
        }
    }
}
