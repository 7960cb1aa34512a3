import Foundation

/// The industry classification for national economic activities (国民经济行业分类,
/// GB/T 4754-2017): every section, division, group and class with its Chinese name, loaded from
/// `Resources/industry/gbt4754-2017.csv` so any real code validates and nothing is hard-coded.
public struct IndustryClassification: Sendable {
    /// Every entry in the standard's order (a section, then its divisions, each followed by its groups and classes).
    public let categories: [IndustryCategory]
    private let indexByCode: [String: Int]
    /// The same index keyed by the code's ASCII bytes packed into an integer, so an import can
    /// look a cell up without making a `String`.
    private let indexByPackedCode: [UInt64: Int]
    private let childIndices: [String: [Int]]

    /// The bundled table file, relative to Core's resources.
    public static let resourcePath = "industry/gbt4754-2017.csv"

    /// The bundled GB/T 4754-2017 table, read once.
    public static func bundled() throws -> IndustryClassification {
        try bundledTable.get()
    }

    private static let bundledTable: Result<IndustryClassification, Error> = Result {
        try IndustryClassification(csv: CoreResources.text(resourcePath))
    }

    /// Reads a table with the header `code,level,parent,name_zh,name_en`.
    public init(csv: String) throws(IndustryTableError) {
        let bytes = Array(csv.utf8)
        // `withUnsafeBytes` only rethrows untyped errors, so the typed one travels in a Result.
        let categories = try bytes.withUnsafeBytes { raw in
            Result { () throws(IndustryTableError) in try Self.readCategories(raw) }
        }.get()
        try self.init(categories: categories)
    }

    private static func readCategories(_ raw: UnsafeRawBufferPointer) throws(IndustryTableError) -> [IndustryCategory] {
        var categories: [IndustryCategory] = []
        var scanner = CSVScanner(raw)
        var fields: [CSVField] = []
        var header: [String] = []
        while true {
            let more: Bool
            do throws(CSVError) { more = try scanner.nextRecord(into: &fields) } catch {
                throw IndustryTableError(row: error.row, detail: error.message.en)
            }
            guard more else { break }
            let texts = fields.map { scanner.string(of: $0) }
            if header.isEmpty {
                header = texts
                guard Array(header.prefix(4)) == ["code", "level", "parent", "name_zh"] else {
                    throw IndustryTableError(row: scanner.row, detail: "header must start code,level,parent,name_zh")
                }
                continue
            }
            guard texts.count >= 4, let level = IndustryLevel(rawValue: texts[1]) else {
                throw IndustryTableError(row: scanner.row, detail: "expected code,level,parent,name_zh[,name_en]")
            }
            let nameEn = texts.count > 4 && !texts[4].isEmpty ? texts[4] : nil
            categories.append(IndustryCategory(
                code: texts[0], level: level, parentCode: texts[2].isEmpty ? nil : texts[2],
                nameZh: texts[3], nameEn: nameEn))
        }
        return categories
    }

    /// Builds the table from entries, checking that codes are unique, well formed and that
    /// every parent exists one level up.
    public init(categories: [IndustryCategory]) throws(IndustryTableError) {
        var indexByCode: [String: Int] = [:]
        var indexByPackedCode: [UInt64: Int] = [:]
        var childIndices: [String: [Int]] = [:]
        for (index, category) in categories.enumerated() {
            let row = index + 2
            guard category.code.utf8.count == category.level.codeLength,
                  let packed = Self.pack(category.code) else {
                throw IndustryTableError(row: row, detail: "code \(category.code) does not fit level \(category.level.rawValue)")
            }
            guard indexByCode.updateValue(index, forKey: category.code) == nil else {
                throw IndustryTableError(row: row, detail: "duplicate code \(category.code)")
            }
            indexByPackedCode[packed] = index
            if let parent = category.parentCode {
                guard let parentIndex = indexByCode[parent],
                      categories[parentIndex].level.codeLength == category.level.codeLength - 1 else {
                    throw IndustryTableError(row: row, detail: "parent \(parent) of \(category.code) is not an entry one level up listed before it")
                }
                // A division's parent is a letter; below that, codes extend their parent's digits.
                if category.level != .division, !category.code.hasPrefix(parent) {
                    throw IndustryTableError(row: row, detail: "\(category.code) does not start with its parent's code \(parent)")
                }
                childIndices[parent, default: []].append(index)
            } else if category.level != .section {
                throw IndustryTableError(row: row, detail: "\(category.code) has no parent")
            }
        }
        self.categories = categories
        self.indexByCode = indexByCode
        self.indexByPackedCode = indexByPackedCode
        self.childIndices = childIndices
    }

    // MARK: Lookup

    /// The entry with exactly this code (`C`, `39`, `398`, `3981`), or nil.
    public func category(_ code: String) -> IndustryCategory? {
        indexByCode[code].map { categories[$0] }
    }

    /// The entry whose code is these ASCII bytes (surrounding spaces ignored), without allocating.
    public func category(bytes: UnsafeRawBufferPointer) -> IndustryCategory? {
        guard let packed = Self.pack(trimmingSpaces: bytes), let index = indexByPackedCode[packed] else { return nil }
        return categories[index]
    }

    /// The entries one level below `code`, in the standard's order.
    public func children(of code: String) -> [IndustryCategory] {
        (childIndices[code] ?? []).map { categories[$0] }
    }

    /// Every entry of one level.
    public func categories(at level: IndustryLevel) -> [IndustryCategory] {
        categories.filter { $0.level == level }
    }

    public var sections: [IndustryCategory] { categories(at: .section) }

    /// From the section down to `code` itself: `3981` gives C → 39 → 398 → 3981. Empty when unknown.
    public func path(to code: String) -> [IndustryCategory] {
        var path: [IndustryCategory] = []
        var next = category(code)
        while let current = next {
            path.append(current)
            next = current.parentCode.flatMap { category($0) }
        }
        return path.reversed()
    }

    /// The name to show for `code` in either language, the one lookup every page uses: the
    /// standard's Chinese name; in English the entry's own English name, else (a group or class,
    /// which carry none) the nearest entry above it that has one, with the level and code, so an
    /// English page never shows a Chinese industry name. Nil for an unknown code.
    public func displayName(_ code: String) -> BilingualText? {
        let path = path(to: code)
        guard let entry = path.last else { return nil }
        if let own = entry.nameEn { return BilingualText(zh: entry.nameZh, en: own) }
        guard let above = path.dropLast().last(where: { $0.nameEn != nil }), let aboveName = above.nameEn else {
            return BilingualText(zh: entry.nameZh, en: "\(entry.level.name.en) \(entry.code)")
        }
        return BilingualText(zh: entry.nameZh, en: "\(aboveName): \(entry.level.name.en) \(entry.code)")
    }

    /// The section (门类) an entry belongs to.
    public func section(of code: String) -> IndustryCategory? {
        path(to: code).first
    }

    // MARK: Validation

    /// Validates a code as people write it: surrounding spaces ignored, a lower-case section
    /// letter accepted, and the section letter allowed in front of the digits (`C3981`) as
    /// registration systems print it, provided it is the right one.
    public func validate(_ text: String) throws(IndustryCodeError) -> IndustryCategory {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !code.isEmpty else { throw IndustryCodeError(code: code, reason: .empty) }
        let utf8 = Array(code.utf8)
        let isLetter = { (b: UInt8) in b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        if utf8.count == 1, isLetter(utf8[0]) {
            guard let section = category(code) else { throw IndustryCodeError(code: code, reason: .unknown) }
            return section
        }
        var digits = Substring(code)
        var letter: String?
        if let first = utf8.first, isLetter(first) {
            letter = String(code.prefix(1))
            digits = digits.dropFirst()
        }
        guard (2...4).contains(digits.utf8.count), digits.utf8.allSatisfy(isDigit) else {
            throw IndustryCodeError(code: code, reason: .malformed)
        }
        guard let found = category(String(digits)) else { throw IndustryCodeError(code: code, reason: .unknown) }
        if let letter, let section = section(of: found.code), section.code != letter {
            throw IndustryCodeError(code: code, reason: .wrongSection(expected: section.code + digits))
        }
        return found
    }

    /// Whether `text` is a valid code; see `validate(_:)`.
    public func contains(_ text: String) -> Bool {
        (try? validate(text)) != nil
    }

    // MARK: Manufacturing

    /// Whether a known code lies in manufacturing (制造业: section C, divisions 13–43).
    public func isManufacturing(_ code: String) -> Bool {
        guard let found = try? validate(code) else { return false }
        return Self.isManufacturingCode(found.code)
    }

    /// The rule on the code's form alone: `C`, or digits whose division is 13–43. Use
    /// `isManufacturing(_:)` to also require the code to exist.
    public static func isManufacturingCode(_ code: String) -> Bool {
        if code == "C" { return true }
        let utf8 = Array(code.utf8)
        let digits = utf8.first.map { $0 >= UInt8(ascii: "A") } == true ? Array(utf8.dropFirst()) : utf8
        guard digits.count >= 2,
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        let division = Int(digits[0] - UInt8(ascii: "0")) * 10 + Int(digits[1] - UInt8(ascii: "0"))
        return (13...43).contains(division)
    }

    /// The manufacturing divisions (13–43).
    public static let manufacturingDivisions: ClosedRange<Int> = 13...43

    // MARK: Packing

    /// Up to 8 ASCII bytes as one integer (codes have at most 4).
    static func pack(_ code: String) -> UInt64? {
        var code = code
        return code.withUTF8 { pack(trimmingSpaces: UnsafeRawBufferPointer($0)) }
    }

    static func pack(trimmingSpaces bytes: UnsafeRawBufferPointer) -> UInt64? {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == ASCIIByte.space || bytes[start] == ASCIIByte.tab { start += 1 }
        while end > start, bytes[end - 1] == ASCIIByte.space || bytes[end - 1] == ASCIIByte.tab { end -= 1 }
        guard end > start, end - start <= 8 else { return nil }
        var packed: UInt64 = 0
        for i in start..<end {
            let b = bytes[i]
            guard b < 0x80 else { return nil }
            packed = packed << 8 | UInt64(b)
        }
        return packed
    }
}

/// A malformed industry table file (a data error in a shipped or loaded table, not user input).
public struct IndustryTableError: BilingualError, Equatable, Sendable {
    public let row: Int
    public let detail: String

    public var message: BilingualText {
        BilingualText(zh: "行业分类表第 \(row) 行有误：\(detail)", en: "Industry table row \(row): \(detail)")
    }
}
