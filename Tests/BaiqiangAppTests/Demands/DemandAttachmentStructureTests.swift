import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

@Suite("Demands: an attachment that only starts like an allowed type is refused")
struct DemandAttachmentStructureTests {
    @Test("A PDF with the right first bytes but no PDF after them is refused, naming the file and why")
    func pdfMagicWithABrokenBody() async throws {
        try await withTestApp { app in
            let world = try await DemandWorld.make(app)
            let browser = try await app.signIn("firm")
            let boundary = "----bq-test-boundary"
            var body = ByteBuffer(string: csrfPart(browser.csrf, boundary: boundary) + "--\(boundary)\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nsme\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n附件测试\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"notice.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            body.writeBytes(Array("%PDF-1.7\n".utf8) + [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00] + Array(repeating: 0x41, count: 200))
            body.writeString("\r\n--\(boundary)--\r\n")
            var headers = browser.headers
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            try await app.testing().test(.POST, SiteURL.demandNew.path, headers: headers, body: body) { response async in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("附件“notice.pdf”已损坏或不是它声称的类型：PDF 末尾没有 %%EOF"))
            }
            #expect(try await world.demandRows() == 0)
            #expect(try await DemandAttachment.query(on: app.db).count() == 0)
        }
    }
}
