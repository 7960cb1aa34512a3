import Foundation

/// The prefecture profiles an installation knows (地市数据): the ones that ship, and any the
/// installation adds as files — a prefecture that does not ship, or a province whose
/// county-level units are compared side by side. A county belongs to the first profile that
/// lists it among its units, an added file before a shipped one, so a fuller file replaces
/// what ships.
public struct PrefectureProfiles: Sendable {
    /// Added files first (by file name), then the shipped profiles.
    public let all: [PrefectureProfile]

    public init(adding files: [PrefectureProfile] = []) throws {
        all = files + (try Self.shipped.get())
    }

    /// The profile whose units include `county`.
    public func profile(ofCounty county: String) -> PrefectureProfile? {
        all.first { profile in profile.units.contains { $0.code == county } }
    }

    /// The profile of this division code, e.g. 440700.
    public func profile(code: String) -> PrefectureProfile? {
        all.first { $0.code == code }
    }

    /// The largest profile file read: the 2,800-odd county-level units of China with a few
    /// years of figures fit well within it.
    public static let maximumFileBytes = 8 * 1024 * 1024

    /// Every `*.yaml` file of `directory`, by name, each checked as the shipped ones are; a
    /// refusal names the file, line and column.
    public static func load(directory: String) throws -> PrefectureProfiles {
        let url = URL(fileURLWithPath: directory, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw PrefectureProfileError(.unreadable, file: directory)
        }
        var profiles: [PrefectureProfile] = []
        for name in names {
            let file = url.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file.path), data.count <= maximumFileBytes,
                  let yaml = String(data: data, encoding: .utf8) else {
                throw PrefectureProfileError(.unreadable, file: name)
            }
            profiles.append(try PrefectureProfile.decode(yaml: yaml, fileName: name))
        }
        return try PrefectureProfiles(adding: profiles)
    }

    private static let shipped: Result<[PrefectureProfile], any Error> = Result {
        try PrefectureProfile.shippedCodes.compactMap { try PrefectureProfile.bundled(code: $0) }
    }
}
