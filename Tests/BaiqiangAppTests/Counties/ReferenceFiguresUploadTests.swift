import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The page's upload of reference-county figures and `baiqiang import reference-figures` read a
/// file through one store path: a file uploaded again (an export read back, or a second click)
/// leaves its figures as they are, says how many, and audits nothing new.
@Suite("Counties: reference figures uploaded again are unchanged, as the CLI counts them")
struct ReferenceFiguresUploadTests {
    static let file = "county,indicator,period,value,growth_percent,publisher\n昆山市,gdp,2023,5140.6,5.8,昆山市统计局\n昆山市,general_budget_revenue,2023,440.1,,昆山市统计局"

    static func upload(_ app: Application, _ browser: Browser, _ csv: String, language: String? = nil) async throws -> (HTTPStatus, String) {
        var body = csrfPart(browser.csrf, boundary: "B")
        body += "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"refs.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n--B--\r\n"
        var headers = browser.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=B")
        var result: (HTTPStatus, String) = (.internalServerError, "")
        let path = SiteURL.countiesReferenceImport.path + (language.map { "?lang=\($0)" } ?? "")
        try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(string: body)) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    static func audited(_ app: Application) async throws -> Int {
        try await AuditEntry.query(on: app.db).count()
    }

    @Test("The same file uploaded twice: the second time succeeds with every row unchanged, in both languages, and nothing new audited")
    func sameFileTwice() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let gxj = try await app.signIn("gxj1")
            try await ReferenceCountiesAppTests.post(app, gxj, .countiesReferences, ReferenceCountiesAppTests.kunshan) { #expect($0.status == .ok) }
            let first = try await Self.upload(app, gxj, Self.file)
            #expect(first.0 == .ok)
            #expect(first.1.contains("读取 2 行，录入 2 条，0 条未变。"))
            let afterFirst = try await Self.audited(app)
            let second = try await Self.upload(app, gxj, Self.file)
            #expect(second.0 == .ok, "an identical file is not refused")
            #expect(second.1.contains("读取 2 行，录入 0 条，2 条未变。"))
            let english = try await Self.upload(app, gxj, Self.file, language: "en")
            #expect(english.0 == .ok)
            #expect(english.1.contains("2 rows read, 0 figures recorded, 2 unchanged."))
            #expect(try await Self.audited(app) == afterFirst, "nothing new audited for unchanged figures")
            #expect(try await ReferenceFigureRow.query(on: app.db).count() == 2)

            // The CLI reads the same file the same way: unchanged, nothing audited.
            let cli = try await AppSession(app: app, actor: .commandLine("ops"))
                .importReferenceFigures(Data(Self.file.utf8), county: nil, partial: false, sheet: nil)
            #expect(cli.recorded == 0 && cli.unchanged == 2 && cli.issues.isEmpty)
            #expect(try await Self.audited(app) == afterFirst)
        }
    }

    @Test("A changed figure in the file is recorded as a correction and the rest counted unchanged")
    func oneChanged() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "gxj1", .department, binding: "gxj")
            let gxj = try await app.signIn("gxj1")
            try await ReferenceCountiesAppTests.post(app, gxj, .countiesReferences, ReferenceCountiesAppTests.kunshan) { #expect($0.status == .ok) }
            #expect(try await Self.upload(app, gxj, Self.file).0 == .ok)
            let header = "county,indicator,period,value,growth_percent,publisher,correction_reason"
            let withReason = header + "\n昆山市,gdp,2023,5140.6,5.8,昆山市统计局,\n昆山市,general_budget_revenue,2023,441.0,,昆山市统计局,公报修订"
            let result = try await Self.upload(app, gxj, withReason)
            #expect(result.0 == .ok, "\(result.1)")
            #expect(result.1.contains("读取 2 行，录入 1 条，1 条未变。"))
        }
    }
}
