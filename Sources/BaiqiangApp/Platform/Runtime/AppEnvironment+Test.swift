import Foundation
import NIOConcurrencyHelpers

extension AppEnvironment {
    /// The environment of tests: a clock they set and move (it reads the system time until
    /// set), identifiers counted up from 1 so runs repeat, and the bundled reference data.
    /// Secret bytes stay the system's: see `secureRandomBytes`.
    public static func test(clock: AppClock = AppClock(),
                            reference: ReferenceData = .bundled(countyProfile: AppConfiguration.defaultCountyProfile)) -> AppEnvironment {
        let counter = NIOLockedValueBox<UInt64>(0)
        return AppEnvironment(clock: clock, uuid: { UUID.counted(counter.withLockedValue { $0 += 1; return $0 }) },
                              secureRandomBytes: systemRandomBytes, reference: reference)
    }
}

extension UUID {
    /// `00000000-0000-4000-8000-` followed by `n` in hex: a valid version 4 form that sorts by `n`.
    static func counted(_ n: UInt64) -> UUID {
        var bytes: [UInt8] = [0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0]
        for shift in stride(from: 40, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: n >> UInt64(shift))) }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
