import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The plan's KPI sheet comes back from a Chinese office with Chinese headers, saved by Excel
/// as GB18030 or as UTF-8 with a BOM; the import page takes either.
@Suite struct PlanImportEncodingTests {
    static let renamed = "（导入测试改名）"

    /// The exported KPI CSV with its first KPI renamed and the header row in Chinese.
    private func editedSheet(_ app: Application) async throws -> String {
        let exported = try await AppSession(app: app, actor: .commandLine("ops")).exportPlan(as: .csv)
        // The export ends lines with CRLF, which Swift counts as one character, not "\n".
        var lines = exported.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        lines[0] = PlanCSV.chineseHeader.joined(separator: ",")
        let index = try #require(lines.firstIndex { $0.hasPrefix("kpi,") })
        var cells = lines[index].components(separatedBy: ",")
        try #require(!cells[3].contains("\""), "the first KPI's Chinese name is a plain cell")
        cells[3] += Self.renamed
        lines[index] = cells.joined(separator: ",")
        return lines.joined(separator: "\r\n")
    }

    private func upload(_ app: Application, _ bytes: Data) async throws -> (HTTPStatus, String) {
        try await Fixture.user(app, "admin1", .admin)
        let admin = try await app.signIn("admin1")
        let boundary = "----bq"
        var body = ByteBuffer(string: csrfPart(admin.csrf, boundary: boundary)
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"指标.csv\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = admin.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.planImport.path, headers: headers, body: body) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    @Test("A GB18030 KPI sheet with Chinese headers imports through the page")
    func gb18030() async throws {
        try await withTestApp { app in
            let sheet = try await editedSheet(app)
            let bytes = try #require(sheet.data(using: TextEncoding.foundationGB18030))
            #expect(String(data: bytes, encoding: .utf8) == nil)
            let (status, page) = try await upload(app, bytes)
            #expect(status == .ok, "\(page.prefix(2_000))")
            #expect(try await AppSession(app: app, actor: .commandLine("ops")).exportPlan(as: .csv).contains(Self.renamed))
        }
    }

    @Test("A UTF-8 KPI sheet with a BOM and Chinese headers imports through the page")
    func utf8WithBOM() async throws {
        try await withTestApp { app in
            let sheet = try await editedSheet(app)
            let (status, page) = try await upload(app, Data([0xEF, 0xBB, 0xBF]) + Data(sheet.utf8))
            #expect(status == .ok, "\(page.prefix(2_000))")
            #expect(try await AppSession(app: app, actor: .commandLine("ops")).exportPlan(as: .csv).contains(Self.renamed))
        }
    }
}
