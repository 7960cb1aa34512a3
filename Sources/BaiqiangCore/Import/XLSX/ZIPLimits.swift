/// How much a ZIP container from a user (an XLSX upload, a DOCX attachment) may make us unpack.
/// A header's sizes are claims, not facts: they are checked against these caps before anything is
/// unpacked, and the bytes actually inflated are counted against the claim while unpacking.
struct ZIPLimits: Sendable {
    /// The most bytes one part may unpack to.
    var maximumPartBytes: Int
    /// The most entries a container may list (an XLSX has tens; a million is an attack on the
    /// per-entry work, not a workbook).
    var maximumEntries: Int
    /// The highest unpacked-to-packed ratio a part may claim once it is larger than
    /// `ratioFreeBytes`: office XML packs 5–50 times, a zip bomb about 1,000 times.
    var maximumRatio: Int
    /// Below this many unpacked bytes any ratio is accepted (a tiny repetitive part is harmless).
    var ratioFreeBytes: Int

    static let userFiles = ZIPLimits(
        maximumPartBytes: 256 * 1024 * 1024, maximumEntries: 4_096, maximumRatio: 200, ratioFreeBytes: 1024 * 1024)
}

/// Why a ZIP container or one of its entries is refused, in both languages; `part` is the entry
/// concerned (nil for the container as a whole).
struct ZIPRefusal: Error, Equatable, Sendable {
    var zh: String
    var en: String

    /// "en / zh", the form of `ImportFileError.malformedXLSX`'s detail.
    var detail: String { "\(en) / \(zh)" }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB" : "\(bytes) bytes"
    }
}
