/// Reads a parcel's geometry written as well-known text (WKT), as spreadsheets from land bureaus
/// carry it: `POLYGON ((x y, …), (…))` or `MULTIPOLYGON (((x y, …)), …)`, any case, an optional
/// `Z`/`M`/`ZM` whose extra ordinates are dropped, and an optional `SRID=n;` prefix.
///
/// The text comes from a user's file, so reading it is bounded: its length, its positions and its
/// rings are capped, and the grammar has a fixed depth (no recursion), so hostile text fails
/// its own cell only, early and cheaply.
public enum WKTReader {
    /// The longest text read, in UTF-8 bytes: about 100,000 positions written out in full.
    public static let maxLength = 4_000_000
    /// The most positions in one geometry; a surveyed parcel has tens to a few thousand.
    public static let maxPositions = 100_000
    /// The most rings (exteriors and holes) in one geometry.
    public static let maxRings = 10_000

    public static func read(_ text: String) -> Result<ParcelGeometry, GeometryFormatProblem> {
        guard text.utf8.count <= maxLength else {
            return .failure(.badWKT("longer than \(maxLength) bytes"))
        }
        var scanner = WKTScanner(Array(text.utf8))
        do {
            _ = scanner.sridPrefix()
            let tag = scanner.word()
            _ = scanner.dimensionTag()
            let geometry: ParcelGeometry
            switch tag {
            case "POLYGON": geometry = .polygon(try scanner.polygon())
            case "MULTIPOLYGON":
                var polygons: [Polygon] = []
                try scanner.expect("(")
                repeat { polygons.append(try scanner.polygon()) } while scanner.consume(",")
                try scanner.expect(")")
                geometry = .multiPolygon(polygons)
            case "": throw WKTScanner.Failure("empty text")
            default: throw WKTScanner.Failure("“\(tag.prefix(40))” is not POLYGON or MULTIPOLYGON")
            }
            guard scanner.atEnd else { throw WKTScanner.Failure("text after the geometry") }
            return .success(geometry)
        } catch let failure as WKTScanner.Failure {
            return .failure(.badWKT(failure.reason))
        } catch {
            return .failure(.badWKT(String(describing: error)))
        }
    }
}

/// The bytes of one WKT text, read left to right.
struct WKTScanner {
    struct Failure: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var positions = 0
    private var rings = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool {
        mutating get { skipSpace(); return index == bytes.count }
    }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) { index += 1 }
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    mutating func sridPrefix() -> Int? {
        skipSpace()
        let start = index
        let tag = word()
        guard tag == "SRID", consume("=") else { index = start; return nil }
        var value = 0
        var digits = 0
        while index < bytes.count, isDigit(bytes[index]), digits < 9 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        guard digits > 0, consume(";") else { index = start; return nil }
        return value
    }

    mutating func word() -> String {
        skipSpace()
        let start = index
        while index < bytes.count, isLetter(bytes[index]), index - start < 32 { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).uppercased()
    }

    mutating func dimensionTag() -> Int {
        let start = index
        switch word() {
        case "Z", "M": return 1
        case "ZM": return 2
        default: index = start; return 0
        }
    }

    mutating func consume(_ c: Character) -> Bool {
        skipSpace()
        guard index < bytes.count, let ascii = c.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func expect(_ c: Character) throws {
        guard consume(c) else {
            throw Failure(index < bytes.count ? "expected “\(c)” at character \(index + 1)" : "expected “\(c)” at the end")
        }
    }

    mutating func number() throws -> Double {
        skipSpace()
        let start = index
        // No real number needs more than a few dozen characters.
        while index < bytes.count, index - start < 40,
              isDigit(bytes[index]) || bytes[index] == 0x2B || bytes[index] == 0x2D || bytes[index] == 0x2E
                || bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
        }
        guard index > start, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite else {
            throw Failure("expected a number at character \(start + 1)")
        }
        return value
    }

    mutating func polygon() throws -> Polygon {
        try expect("(")
        var rings: [Ring] = []
        repeat { rings.append(try ring()) } while consume(",")
        try expect(")")
        return Polygon(rings: rings)
    }

    private mutating func ring() throws -> Ring {
        rings += 1
        guard rings <= WKTReader.maxRings else { throw Failure("more than \(WKTReader.maxRings) rings") }
        try expect("(")
        var ring: Ring = []
        repeat {
            positions += 1
            guard positions <= WKTReader.maxPositions else { throw Failure("more than \(WKTReader.maxPositions) positions") }
            let x = try number()
            let y = try number()
            // Extra ordinates (Z, M) are read and dropped: a parcel is flat. At most two.
            for _ in 0..<2 {
                skipSpace()
                guard index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x29 else { break }
                _ = try number()
            }
            ring.append(Position(x: x, y: y))
        } while consume(",")
        try expect(")")
        return ring
    }
}
