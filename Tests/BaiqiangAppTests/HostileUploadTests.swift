import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Hostile uploads fail only their own request, with the reason; the server keeps answering")
struct HostileUploadTests {
    func importUpload(_ app: Application, _ browser: Browser, _ file: Data, name: String) async throws -> (HTTPStatus, String) {
        let boundary = "----bq-hostile-boundary"
        var body = ByteBuffer(string: csrfPart(browser.csrf, boundary: boundary) + "--\(boundary)\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nfigures\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
            + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = browser.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.enterpriseImport.path, headers: headers, body: body) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    @Test("An XLSX claiming a 16 TiB part and a 1 GiB zip bomb get a 400 page with the reason")
    func hostileWorkbooks() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "stats", .department, binding: "tjj")
            let stats = try await app.signIn("stats")
            let claim = try await importUpload(app, stats, HostileFiles.xlsxClaimingSixteenTebibytes(), name: "claim.xlsx")
            #expect(claim.0 == .badRequest)
            #expect(claim.1.contains("xl/workbook.xml declares 17592186044416 bytes unpacked, more than the limit of 256 MiB per part"))
            let bombFile = HostileFiles.xlsxBomb()
            #expect(bombFile.count < 2 * 1024 * 1024)
            let bomb = try await importUpload(app, stats, bombFile, name: "bomb.xlsx")
            #expect(bomb.0 == .badRequest)
            #expect(bomb.1.contains("xl/worksheets/sheet1.xml declares 1073741824 bytes unpacked"))
            try await app.testing().test(.GET, SiteURL.enterpriseImport.path, headers: stats.headers) { response async in
                #expect(response.status == .ok, "the server still answers")
            }
        }
    }
}
