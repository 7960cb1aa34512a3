/// The sizes of QR code versions 1–10 at error-correction level M (纠错等级 M, about 15 % of the
/// symbol recoverable), from ISO/IEC 18004 tables 1, 9 and E.1. Level M only: an enrolment code
/// is shown on a screen, not printed on a dirty label, and M keeps the symbol small.
struct QRVersion: Sendable, Equatable {
    let number: Int
    /// Error-correction codewords in every block.
    let eccPerBlock: Int
    /// Data codewords of each block, shorter blocks first.
    let blockDataCounts: [Int]
    /// Centres of the alignment patterns along each axis.
    let alignmentCentres: [Int]

    var size: Int { 17 + 4 * number }
    var dataCodewords: Int { blockDataCounts.reduce(0, +) }
    /// Byte mode's character count takes 8 bits up to version 9, 16 from version 10.
    var countBits: Int { number < 10 ? 8 : 16 }
    /// The most bytes this version holds in byte mode: mode (4 bits) and count come first.
    var byteCapacity: Int { (dataCodewords * 8 - 4 - countBits) / 8 }

    static let levelM: [QRVersion] = [
        QRVersion(number: 1, eccPerBlock: 10, blockDataCounts: [16], alignmentCentres: []),
        QRVersion(number: 2, eccPerBlock: 16, blockDataCounts: [28], alignmentCentres: [6, 18]),
        QRVersion(number: 3, eccPerBlock: 26, blockDataCounts: [44], alignmentCentres: [6, 22]),
        QRVersion(number: 4, eccPerBlock: 18, blockDataCounts: [32, 32], alignmentCentres: [6, 26]),
        QRVersion(number: 5, eccPerBlock: 24, blockDataCounts: [43, 43], alignmentCentres: [6, 30]),
        QRVersion(number: 6, eccPerBlock: 16, blockDataCounts: [27, 27, 27, 27], alignmentCentres: [6, 34]),
        QRVersion(number: 7, eccPerBlock: 18, blockDataCounts: [31, 31, 31, 31], alignmentCentres: [6, 22, 38]),
        QRVersion(number: 8, eccPerBlock: 22, blockDataCounts: [38, 38, 39, 39], alignmentCentres: [6, 24, 42]),
        QRVersion(number: 9, eccPerBlock: 22, blockDataCounts: [36, 36, 36, 37, 37], alignmentCentres: [6, 26, 46]),
        QRVersion(number: 10, eccPerBlock: 26, blockDataCounts: [43, 43, 43, 43, 44], alignmentCentres: [6, 28, 50]),
    ]

    /// The smallest version that holds `byteCount` bytes, nil when none up to 10 does.
    static func smallest(holding byteCount: Int) -> QRVersion? {
        levelM.first { $0.byteCapacity >= byteCount }
    }
}
