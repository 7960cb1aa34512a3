/// The codewords a QR symbol carries (码字): the data in byte mode, padded to the version's
/// capacity, split into blocks, each block followed by its Reed–Solomon codewords, then all of it
/// interleaved so that a smudge spread across the symbol hits several blocks a little each.
enum QRCodewords {
    static func dataCodewords(_ bytes: [UInt8], version: QRVersion) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
        }
        append(0b0100, count: 4)
        append(bytes.count, count: version.countBits)
        for byte in bytes { append(Int(byte), count: 8) }
        let capacity = version.dataCodewords * 8
        append(0, count: min(4, capacity - bits.count))
        while bits.count % 8 != 0 { bits.append(false) }
        var words: [UInt8] = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
        // The standard's pad codewords alternate so that a long run of padding is not a run of
        // one colour.
        var pads: [UInt8] = [0xEC, 0x11]
        while words.count < version.dataCodewords {
            words.append(pads[0])
            pads.swapAt(0, 1)
        }
        return words
    }

    /// Data and error-correction codewords in the order they are placed in the symbol.
    static func interleaved(_ data: [UInt8], version: QRVersion) -> [UInt8] {
        var blocks: [[UInt8]] = []
        var start = 0
        for count in version.blockDataCounts {
            blocks.append(Array(data[start..<start + count]))
            start += count
        }
        let ecc = blocks.map { ReedSolomon.errorCorrection(for: $0, count: version.eccPerBlock) }
        var out: [UInt8] = []
        for index in 0..<(version.blockDataCounts.max() ?? 0) {
            for block in blocks where index < block.count { out.append(block[index]) }
        }
        for index in 0..<version.eccPerBlock {
            for block in ecc { out.append(block[index]) }
        }
        return out
    }
}
