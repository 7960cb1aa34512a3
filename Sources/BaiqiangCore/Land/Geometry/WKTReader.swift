/// Reads a parcel's geometry written as well-known text (WKT), as spreadsheets from land bureaus
/// carry it: `POLYGON ((x y, …), (…))` or `MULTIPOLYGON (((x y, …)), …)`, any case, an optional
/// `Z`/`M`/`ZM` whose extra ordinates are dropped, and an optional `SRID=n;` prefix.
public enum WKTReader {
    public static func read(_ text: String) -> Result<ParcelGeometry, GeometryFormatProblem> {
        var scanner = WKTScanner(text)
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
            default: throw WKTScanner.Failure("“\(tag)” is not POLYGON or MULTIPOLYGON")
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

/// The characters of one WKT text, read left to right.
struct WKTScanner {
    struct Failure: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private let chars: [Character]
    private var index = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool {
        mutating get { skipSpace(); return index == chars.count }
    }

    private mutating func skipSpace() {
        while index < chars.count, chars[index].isWhitespace { index += 1 }
    }

    mutating func sridPrefix() -> Int? {
        skipSpace()
        let start = index
        let tag = word()
        guard tag == "SRID", consume("=") else { index = start; return nil }
        var digits = ""
        while index < chars.count, chars[index].isASCII, chars[index].isNumber { digits.append(chars[index]); index += 1 }
        guard consume(";") else { index = start; return nil }
        return Int(digits)
    }

    mutating func word() -> String {
        skipSpace()
        var result = ""
        while index < chars.count, chars[index].isASCII, chars[index].isLetter {
            result.append(chars[index])
            index += 1
        }
        return result.uppercased()
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
        guard index < chars.count, chars[index] == c else { return false }
        index += 1
        return true
    }

    mutating func expect(_ c: Character) throws {
        guard consume(c) else {
            throw Failure(index < chars.count ? "expected “\(c)” at character \(index + 1)" : "expected “\(c)” at the end")
        }
    }

    mutating func number() throws -> Double {
        skipSpace()
        var text = ""
        while index < chars.count, chars[index].isASCII,
              chars[index].isNumber || "+-.eE".contains(chars[index]) {
            text.append(chars[index])
            index += 1
        }
        guard let value = Double(text), value.isFinite else {
            throw Failure("expected a number at character \(index + 1)")
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
        try expect("(")
        var ring: Ring = []
        repeat {
            let x = try number()
            let y = try number()
            // Extra ordinates (Z, M) are read and dropped: a parcel is flat.
            while true {
                skipSpace()
                guard index < chars.count, chars[index] != ",", chars[index] != ")" else { break }
                _ = try number()
            }
            ring.append(Position(x: x, y: y))
        } while consume(",")
        try expect(")")
        return ring
    }
}
