/// The format and version information a reader decodes first (格式信息、版本信息), each protected
/// by a BCH code so that a reader can correct a few misread bits.
enum QRFormatInformation {
    /// Level M's two bits are 00 (L is 01, Q 11, H 10: the standard's order, not alphabetical).
    static let levelMBits = 0b00

    /// 15 bits: level and mask, a BCH(15,5) remainder, XORed with 101010000010010 so that no
    /// combination is all light.
    static func formatBits(mask: Int) -> Int {
        let data = (levelMBits << 3) | mask
        var remainder = data << 10
        for shift in stride(from: 4, through: 0, by: -1) where remainder & (1 << (shift + 10)) != 0 {
            remainder ^= 0x537 << shift
        }
        return ((data << 10) | remainder) ^ 0x5412
    }

    /// 18 bits for versions 7 and up: the version and a BCH(18,6) remainder.
    static func versionBits(version: Int) -> Int {
        var remainder = version << 12
        for shift in stride(from: 5, through: 0, by: -1) where remainder & (1 << (shift + 12)) != 0 {
            remainder ^= 0x1F25 << shift
        }
        return (version << 12) | remainder
    }
}
