import Foundation
import Testing
@testable import BaiqiangCore

/// Every text field has one maximum length, the same in imports, pages, the API and Open311; a
/// value at the limit is accepted and one character more is refused, naming the field.
@Suite struct FieldLimitsTests {
    @Test func theTableStatesTheDocumentedMaxima() {
        let table = Dictionary(uniqueKeysWithValues: FieldLimits.table.map { ($0.kind, $0.maximumLength) })
        #expect(table[.name] == 200)
        #expect(table[.address] == 500)
        #expect(table[.contact] == 100)
        #expect(table[.demandText] == 4_000)
        #expect(table[.note] == 2_000)
        #expect(table[.username] == 64)
        #expect(table.count == TextFieldKind.allCases.count)
    }

    @Test(arguments: TextFieldKind.allCases)
    func atTheLimitFitsAndOneMoreDoesNot(_ kind: TextFieldKind) {
        for letter in ["a", "鹤", "😀"] {
            let exactly = String(repeating: letter, count: kind.maximumLength)
            #expect(FieldLimits.fits(exactly, kind), "\(kind) \(letter)")
            #expect(FieldLimits.check(exactly, kind) == nil)
            #expect(!FieldLimits.fits(exactly + letter, kind), "\(kind) \(letter)")
            let reason = FieldLimits.check(exactly + letter, kind)
            #expect(reason?.zh.contains(String(kind.maximumLength)) == true)
            #expect(reason?.en.contains(String(kind.maximumLength)) == true)
            // The byte-level check (import cells) agrees with the string one.
            #expect(Array(exactly.utf8).withUnsafeBytes { FieldLimits.fits(utf8: $0, kind) })
            #expect(!Array((exactly + letter).utf8).withUnsafeBytes { FieldLimits.fits(utf8: $0, kind) })
        }
    }

    @Test func combiningMarksCannotHideLength() {
        let heavy = "a" + String(repeating: "\u{0301}", count: 300)
        #expect(heavy.count == 1)
        #expect(!FieldLimits.fits(heavy, .name))
        #expect(!Array(heavy.utf8).withUnsafeBytes { FieldLimits.fits(utf8: $0, .name) })
    }

    @Test func numbersOutsideTheirRangeOrNotFiniteAreRefused() {
        #expect(FieldLimits.check(90, in: FieldLimits.latitude) == nil)
        #expect(FieldLimits.check(-180, in: FieldLimits.longitude) == nil)
        #expect(FieldLimits.check(90.000001, in: FieldLimits.latitude) != nil)
        #expect(FieldLimits.check(-180.5, in: FieldLimits.longitude) != nil)
        #expect(FieldLimits.check(.nan, in: FieldLimits.latitude) != nil)
        #expect(FieldLimits.check(.infinity, in: FieldLimits.longitude) != nil)
    }

    @Test func theCheckerNamesEveryRefusedField() {
        var check = FieldChecker()
        check.text(String(repeating: "x", count: 201), .name, field: "name")
        check.text(String(repeating: "x", count: 500), .address, field: "address")
        check.text(nil, .contact, field: "contact")
        check.number(91, in: FieldLimits.latitude, field: "lat")
        #expect(throws: FieldInputError.self) { try check.finish() }
        do {
            try check.finish()
        } catch {
            #expect(error.fields == ["name", "lat"])
            #expect(error.message.zh.contains("name") && error.message.en.contains("lat"))
        }
    }
}

/// Imports refuse an over-long cell as a row error with its row, column and reason.
@Suite struct ImportFieldLimitTests {
    let header = "credit_code,name,town,industry,address,longitude,latitude,contact_name,contact_phone"

    func row(name: String = "示例厂", address: String = "", contact: String = "") -> String {
        "\(ImportTestSupport.code("91440784MA4UE0001")),\(name),沙坪街道,3981,\(address),,,\(contact),"
    }

    @Test func anOverlongNameOrAddressIsARowErrorAndNothingIsImported() throws {
        let reference = try ImportTestSupport.reference()
        let long = try EnterpriseIdentityFile.parse(ImportTestSupport.csv([
            header, row(name: String(repeating: "厂", count: 201)),
            row(address: String(repeating: "路", count: 501)),
        ]).replacingCredit(line: 2, body: "91440784MA4UE0002"), reference: reference)
        #expect(long.records.isEmpty)
        #expect(long.issues.map(\.row) == [2, 3])
        #expect(long.issues.map(\.column) == ["name", "address"])
        #expect(long.issues.first?.reason.zh.contains("200") == true && long.issues.first?.reason.en.contains("200") == true)
        #expect(long.issues.last?.reason.en.contains("500") == true)
        #expect(long.rejectedRows.count == 2)
    }

    @Test func valuesAtTheLimitAreImported() throws {
        let reference = try ImportTestSupport.reference()
        let exact = try EnterpriseIdentityFile.parse(ImportTestSupport.csv([
            header, row(name: String(repeating: "厂", count: 200), address: String(repeating: "路", count: 500),
                        contact: String(repeating: "张", count: 100)),
        ]), reference: reference)
        #expect(exact.issues.isEmpty)
        #expect(exact.records.first?.record.name.count == 200)
        #expect(exact.records.first?.record.contactName?.count == 100)
    }

    @Test func anOverlongContactIsRefused() throws {
        let result = try EnterpriseIdentityFile.parse(ImportTestSupport.csv([
            header, row(contact: String(repeating: "张", count: 101)),
        ]), reference: try ImportTestSupport.reference())
        #expect(result.records.isEmpty)
        #expect(result.issues.first?.column == "contact_name")
    }

    @Test func theYearlyFileBoundsTheFirmName() throws {
        let result = try YearlyFiguresFile.parse(ImportTestSupport.csv([
            ImportTestSupport.englishHeader, ImportTestSupport.yearlyRow(["name": String(repeating: "名", count: 201)]),
        ]), reference: try ImportTestSupport.reference())
        #expect(result.records.isEmpty)
        #expect(result.issues.first?.row == 2)
        #expect(result.issues.first?.column == "name")
    }

    @Test func anAbsurdFigureIsARowError() throws {
        let reference = try ImportTestSupport.reference()
        let result = try YearlyFiguresFile.parse(ImportTestSupport.csv([
            ImportTestSupport.englishHeader, ImportTestSupport.yearlyRow(["tax_wan": "1e300", "staff": "10000000000000"]),
        ]), reference: reference)
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.column) == ["tax_wan", "staff"])
        let edge = try YearlyFiguresFile.parse(ImportTestSupport.csv([
            ImportTestSupport.englishHeader, ImportTestSupport.yearlyRow(["tax_wan": "1000000000000"]),
        ]), reference: reference)
        #expect(edge.issues.isEmpty)
    }

    @Test func theEvaluationFileBoundsNames() {
        let error = EvaluationFixtures.inputError(EvaluationFixtures.csv([
            EvaluationRow(code: "A1", name: String(repeating: "名", count: 201)),
        ]))
        #expect(error == EvaluationInputError(.tooLong(limit: 200), row: 2, column: 2, columnName: "name"))
        #expect(EvaluationFixtures.inputError(EvaluationFixtures.csv([
            EvaluationRow(code: "A1", name: String(repeating: "名", count: 200)),
        ])) == nil)
    }
}

private extension Data {
    /// The file with the credit code of data line `line` (1-based after the header) replaced,
    /// so two rows do not share a key.
    func replacingCredit(line: Int, body: String) -> Data {
        var lines = String(decoding: self, as: UTF8.self).components(separatedBy: "\n")
        let old = ImportTestSupport.code("91440784MA4UE0001")
        lines[line] = lines[line].replacingOccurrences(of: old, with: ImportTestSupport.code(body))
        return Data(lines.joined(separator: "\n").utf8)
    }
}
