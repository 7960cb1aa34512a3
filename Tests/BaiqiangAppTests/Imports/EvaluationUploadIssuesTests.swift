import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// The evaluation upload as county staff send it: a GB18030 sheet with Chinese headers, and a
/// sheet with several bad rows, all of which the page lists while storing nothing.
@Suite struct EvaluationUploadIssuesTests {
    private func upload(_ app: Application, _ file: Data) async throws -> (HTTPStatus, String) {
        try await Fixture.user(app, "gxj1", .department, binding: "gxj")
        let browser = try await app.signIn("gxj1")
        var body = ByteBuffer(string: csrfPart(browser.csrf, boundary: "B")
            + "--B\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nzhejiang-6\r\n--B\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2024\r\n--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"亩均.csv\"\r\nContent-Type: text/csv\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--B--\r\n")
        var headers = browser.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=B")
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, SiteURL.evaluationUpload.path, headers: headers, body: body) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    private func lines(header: [String], badTaxRows: Set<Int> = []) -> String {
        var lines = [header.joined(separator: ",")]
        for serial in 1...10 {
            let code = CreditCode.completing("914407840000" + String(format: "%05d", serial))!
            let tax = badTaxRows.contains(serial + 1) ? "十万" : "\(100 * serial)"
            lines.append("\(code),企业\(serial),shaping,3311,above,\(10 + serial),\(tax),\(500 + 50 * serial),2000,100,1,50,20,30,2015,")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test("A GB18030 sheet with Chinese headers is evaluated")
    func chineseSheet() async throws {
        try await withTestApp { app in
            let header = EvaluationInputCSV.header.map { EvaluationInputCSV.spec.column($0)!.label.zh }
            let file = try #require(lines(header: header).data(using: TextEncoding.foundationGB18030))
            let (status, page) = try await upload(app, file)
            #expect(status == .seeOther, "\(page.prefix(3_000))")
            let run = try #require(try await EvaluationRun.query(on: app.db).first())
            #expect(run.firmCount == 10)
        }
    }

    @Test("Every bad row of an upload is listed with its row and column, and no run is stored")
    func everyBadRow() async throws {
        try await withTestApp { app in
            let (status, page) = try await upload(app, Data(lines(header: EvaluationInputCSV.header, badTaxRows: [3, 6, 9]).utf8))
            #expect(status == .badRequest)
            for row in [3, 6, 9] {
                #expect(page.contains("<td>\(row)</td><td>tax_wan</td><td>“十万”不是数字</td>"), "row \(row) is listed")
            }
            #expect(try await EvaluationRun.query(on: app.db).count() == 0)
        }
    }
}
