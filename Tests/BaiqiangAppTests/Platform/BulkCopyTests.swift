import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import BaiqiangApp

/// PostgreSQL's bulk path streams rows as COPY text: a value that COPY would read as something
/// else (a backslash, a tab, `\N`) must arrive as it was written. The import tests run on both
/// databases; these check the text itself and a round trip through an import.
@Suite("Rows streamed by COPY arrive as written")
struct BulkCopyTests {
    static func copyText(_ values: [BulkValue]) throws -> String {
        var text = CopyText()
        var buffer = ByteBuffer()
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.writeString("|") }
            try text.write(value, to: &buffer)
        }
        return buffer.readString(length: buffer.readableBytes) ?? ""
    }

    @Test("Backslashes, tabs and line breaks are escaped, NULL is \\N, and a timestamp keeps its microseconds in UTC")
    func copyTextFormat() throws {
        #expect(try Self.copyText([.text("a\\N\tb\nc\rd"), .text("鹤山"), .null(Optional<Int>.none), .bool(true), .bool(false),
                                   .integer(-42), .real(0.1), .real(1e-5)])
            == "a\\\\N\\tb\\nc\\rd|鹤山|\\N|t|f|-42|0.1|1e-05")
        let date = Date(timeIntervalSince1970: 1_764_745_838.123456)
        #expect(try Self.copyText([.encoded(date)]) == "2025-12-03 07:10:38.123456+00")
        let id = UUID(uuidString: "6F9619FF-8B86-4011-B42D-00C04FC964FF")!
        #expect(try Self.copyText([.encoded(id)]) == "6F9619FF-8B86-4011-B42D-00C04FC964FF")
        for _ in 0..<100 {
            let generated = UUID.timeOrdered(at: Date())
            #expect(try Self.copyText([.encoded(generated)]) == generated.uuidString)
        }
    }

    @Test("Generated ids are version 7, ordered by their time, and thousands in the same millisecond never repeat")
    func generatedIDs() {
        let now = Date(timeIntervalSince1970: 1_764_745_838.123)
        let ids = (0..<5_000).map { _ in UUID.timeOrdered(at: now) }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.uuidString.hasPrefix("019AE30C-7E2B-7") }, "milliseconds first, then the version")
        #expect(ids.allSatisfy { "89AB".contains($0.uuidString.dropFirst(19).first!) })
        let later = UUID.timeOrdered(at: now.addingTimeInterval(0.001))
        #expect(ids.allSatisfy { $0.uuidString < later.uuidString })
    }

    @Test("A firm whose name holds a backslash or \\N is imported with its figures under that name, and its figures read back")
    func awkwardNamesRoundTrip() async throws {
        try await withTestApp { app in
            let names = ["鹤山\\N有限公司", "C:\\temp\\工厂", "\\\\双斜杠"]
            var lines = [RegistryTests.header]
            for (index, name) in names.enumerated() {
                let code = CreditCode.completing("914407842" + String(format: "%08d", index))!
                lines.append("\(code),\(name),shaping,3311,2024,\(100 + index),1,1,1,1,1,1,1,\(index + 1),1,1")
            }
            let importer = RegistryImporter(writer: app.writer(as: .commandLine("stats")), db: app.db)
            let outcome = try await importer.run(.figures, data: Data((lines.joined(separator: "\n") + "\n").utf8),
                                                 fileName: "names.csv", partial: false)
            #expect(outcome.report.inserted == names.count)
            let stored = try await Enterprise.query(on: app.db).sort(\.$creditCode).all().map(\.name)
            #expect(stored == names)
            let figures = try await EnterpriseYearFigure.query(on: app.db).sort(\.$creditCode).all()
            #expect(figures.map(\.aboveScale) == [true, true, true])
        }
    }
}
