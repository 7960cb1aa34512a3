import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Firms on the shipped chains and the requests the chain pages take.
enum ChainFixture {
    /// A registered firm with an industry code and a year's output (万元).
    @discardableResult
    static func firm(_ app: Application, serial: Int, name: String, town: String, industry: String, outputWan: Double?) async throws -> String {
        let code = try await Fixture.enterprise(app, serial: serial, name: name, town: town)
        let firm = try #require(try await Enterprise.query(on: app.db).filter(\.$creditCode == code).first())
        firm.industryCode = industry
        try await firm.update(on: app.db)
        if let outputWan {
            var figures = EnterpriseYearFigures(creditCode: code, year: 2025, aboveScale: true)
            figures[.outputWan] = outputWan
            try await Fixture.yearFigures(app, figures)
        }
        return code
    }

    static func post(_ app: Application, _ path: String, _ browser: Browser, _ form: [String: String]) async throws -> (HTTPStatus, String, String?) {
        var result: (HTTPStatus, String, String?) = (.ok, "", nil)
        try await app.testing().test(.POST, path, headers: browser.headers, beforeRequest: { request in
            try request.content.encode(form, as: .urlEncodedForm)
        }, afterResponse: { response async in
            result = (response.status, response.body.string, response.headers.first(name: .location))
        })
        return result
    }

    static func upload(_ app: Application, _ browser: Browser, yaml: String, csrf: Bool = true) async throws -> (HTTPStatus, String) {
        let boundary = "----bq"
        let body = (csrf ? csrfPart(browser.csrf, boundary: boundary) : "") + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"chain.yaml\"\r\nContent-Type: application/yaml\r\n\r\n\(yaml)\r\n--\(boundary)--\r\n"
        var headers = browser.headers
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let path = SiteURL.chainImport.path
        var result: (HTTPStatus, String) = (.ok, "")
        try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(string: body)) { response async in
            result = (response.status, response.body.string)
        }
        return result
    }

    static func chainYAML(code: String = "test-chain", nodes: [String] = ["a", "b", "c"], edges: [(String, String)] = [("a", "b"), ("b", "c")]) -> String {
        var lines = ["code: \(code)", "name: {zh: 测试链, en: test chain}", "source: 本县自定", "nodes:"]
        for (index, node) in nodes.enumerated() {
            let segment = ["upstream", "midstream", "downstream"][min(index, 2)]
            lines.append("  - {code: \(node), segment: \(segment), name: {zh: 节点\(node), en: node \(node)}, industry_codes: [\"3825\"]}")
        }
        lines.append("edges:")
        for (from, to) in edges { lines.append("  - {from: \(from), to: \(to)}") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func auditCount(_ app: Application, prefix: String) async throws -> Int {
        try await AuditEntry.query(on: app.db).filter(\.$action =~ prefix).count()
    }
}
