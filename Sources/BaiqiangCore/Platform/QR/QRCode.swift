/// A QR code symbol (二维码) encoding bytes in byte mode at error-correction level M, drawn on the
/// server so that enrolling a second factor needs no outside service (an intranet has none) and
/// the secret never leaves the server. Versions 1 to 10 (up to 213 bytes) cover an otpauth URI.
public struct QRCode: Sendable, Equatable {
    /// The version (版本), 1–10; the symbol is 17 + 4 × version modules wide.
    public let version: Int
    /// The mask the penalty score chose, 0–7.
    public let mask: Int
    /// Rows of modules, top first; true is dark.
    public let modules: [[Bool]]

    public var size: Int { modules.count }

    public struct TooLong: Error, Equatable {
        public let byteCount: Int
    }

    public init(text: String) throws(TooLong) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Encodes in the smallest version that holds the bytes, with the mask of lowest penalty
    /// (`mask` forces one, for tests that read back every mask).
    public init(bytes: [UInt8], mask forcedMask: Int? = nil) throws(TooLong) {
        guard let version = QRVersion.smallest(holding: bytes.count) else { throw TooLong(byteCount: bytes.count) }
        let codewords = QRCodewords.interleaved(QRCodewords.dataCodewords(bytes, version: version), version: version)
        var base = QRMatrix(version: version)
        base.placeData(codewords)
        var best: (mask: Int, matrix: QRMatrix, penalty: Int)?
        for mask in forcedMask.map({ [$0] }) ?? Array(0..<8) {
            var candidate = base
            candidate.apply(mask: mask)
            let penalty = QRMask.penalty(candidate.dark)
            if best == nil || penalty < best!.penalty { best = (mask, candidate, penalty) }
        }
        self.version = version.number
        self.mask = best!.mask
        self.modules = best!.matrix.dark
    }
}

/// The grid while it is built: which modules are dark, and which belong to function patterns
/// (finders, timing, alignment, format and version areas) that data and masks must not touch.
struct QRMatrix: Sendable {
    let version: QRVersion
    var dark: [[Bool]]
    var reserved: [[Bool]]

    init(version: QRVersion) {
        self.version = version
        let size = version.size
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        reserved = dark
        drawFunctionPatterns()
    }

    var size: Int { version.size }

    mutating func set(_ row: Int, _ column: Int, _ value: Bool) {
        dark[row][column] = value
        reserved[row][column] = true
    }

    mutating func drawFunctionPatterns() {
        // Timing patterns first: finders and alignment patterns then overwrite where they cross.
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (row, column) in [(3, 3), (3, size - 4), (size - 4, 3)] { drawFinder(row, column) }
        let centres = version.alignmentCentres
        for row in centres {
            for column in centres {
                // The three corners with finders have no alignment pattern.
                let nearFinder = (row == 6 && column == 6) || (row == 6 && column == centres.last!)
                    || (row == centres.last! && column == 6)
                if !nearFinder { drawAlignment(row, column) }
            }
        }
        // Reserve the format areas now; their bits are written with the mask.
        drawFormatBits(0)
        if version.number >= 7 { drawVersionBits() }
    }

    /// A 7×7 finder with its one-module light separator, clipped at the symbol's edge.
    mutating func drawFinder(_ centreRow: Int, _ centreColumn: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let row = centreRow + dy, column = centreColumn + dx
                guard (0..<size).contains(row), (0..<size).contains(column) else { continue }
                let distance = max(abs(dx), abs(dy))
                set(row, column, distance != 2 && distance != 4)
            }
        }
    }

    mutating func drawAlignment(_ centreRow: Int, _ centreColumn: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                set(centreRow + dy, centreColumn + dx, max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// The 15 format bits, twice: around the top-left finder, and split between the other two;
    /// bit 14 is the most significant. The dark module beside the lower-left finder is always dark.
    mutating func drawFormatBits(_ mask: Int) {
        let bits = QRFormatInformation.formatBits(mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(index, 8, bit(index)) }
        set(7, 8, bit(6))
        set(8, 8, bit(7))
        set(8, 7, bit(8))
        for index in 9..<15 { set(8, 14 - index, bit(index)) }
        for index in 0..<8 { set(8, size - 1 - index, bit(index)) }
        for index in 8..<15 { set(size - 15 + index, 8, bit(index)) }
        set(size - 8, 8, true)
    }

    /// The 18 version bits in two 6×3 blocks, beside the top-right and lower-left finders.
    mutating func drawVersionBits() {
        let bits = QRFormatInformation.versionBits(version: version.number)
        for index in 0..<18 {
            let value = (bits >> index) & 1 == 1
            let near = index / 3, far = size - 11 + index % 3
            set(near, far, value)
            set(far, near, value)
        }
    }

    /// Codewords go in two-module-wide columns from the bottom right, upwards then downwards in
    /// turn, skipping the vertical timing pattern and every reserved module.
    mutating func placeData(_ codewords: [UInt8]) {
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = ((right + 1) & 2) == 0
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for column in [right, right - 1] where !reserved[row][column] {
                    // Remainder bits past the last codeword stay light.
                    if bitIndex < totalBits {
                        dark[row][column] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                        bitIndex += 1
                    }
                }
            }
            right -= 2
        }
    }

    mutating func apply(mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !reserved[row][column] && QRMask.flips(mask, row: row, column: column) {
                dark[row][column].toggle()
            }
        }
        drawFormatBits(mask)
    }
}
