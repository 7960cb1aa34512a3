import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Every import's template, in either language and either format, has a header its importer
/// accepts, and its example row is refused rather than imported.
@Suite struct ImportTemplateTests {
    /// What the importer of `kind` finds wrong with `data`; a header it refuses throws.
    private func issues(_ kind: String, _ data: Data, _ app: Application) async throws -> [LocatedIssue] {
        let reference = ImportReferenceData(industries: try IndustryClassification.bundled(), towns: nil)
        func located(_ issues: [ImportIssue]) -> [LocatedIssue] { issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) } }
        switch kind {
        case "enterprises": return located(try EnterpriseIdentityFile.parse(data, reference: reference).issues)
        case "figures": return located(try YearlyFiguresFile.parse(data, reference: reference).issues)
        case "monthly": return located(try MonthlyFiguresFile.parse(data, reference: reference).issues)
        case "disposals": return located(try DisposalFile.parse(data).issues)
        case "parcels": return located(try ParcelTableFile.parse(TableReader(data: data)).issues)
        case "projects": return try ProjectImport.parse(data).issues
        case "visits": return located(try VisitsFile.parse(data).issues)
        case "evaluation":
            do { _ = try EvaluationInputCSV.read(data) } catch { return error.locatedIssues }
            return []
        case "plan":
            let session = AppSession(app: app, actor: .commandLine("ops"))
            do { _ = try await session.importPlan(try AppSession.planText(of: data, as: .csv), as: .csv) } catch let error as PlanImportFailure {
                return error.locatedIssues
            }
            return []
        case "regional-figures":
            let session = AppSession(app: app, actor: .commandLine("ops"))
            do { _ = try await session.importRegionalFigures(data, partial: false, sheet: nil) } catch let error as any LocatedIssues {
                return error.locatedIssues
            }
            return []
        default:
            Issue.record("no importer known for \(kind)")
            return []
        }
    }

    @Test("Each template's header is accepted by its importer and its example row is refused", arguments: ImportTemplates.all.map(\.kind))
    func templateReadsBack(kind: String) async throws {
        let template = try #require(ImportTemplates.entry(kind)).template
        try await withTestApp { app in
            for language in Language.allCases {
                for (format, bytes) in [("csv", template.csv(language)), ("xlsx", try template.xlsx(language))] {
                    let found = try await issues(kind, Data(bytes), app)
                    #expect(!found.isEmpty, "\(kind) \(language) \(format): the example row is refused")
                    for issue in found {
                        #expect(issue.row == 2 && issue.reason.en.contains("example row"),
                                "\(kind) \(language) \(format): only the example row is wrong, not \(issue)")
                    }
                }
            }
        }
    }

    @Test("The template route serves CSV with a BOM in the page's language, only to those who may import")
    func route() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            let admin = try await app.signIn("admin1")
            try await app.testing().test(.GET, SiteURL.importTemplate(kind: "figures", format: "csv").path, headers: admin.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                let body = Array(response.body.readableBytesView)
                #expect(body.starts(with: [0xEF, 0xBB, 0xBF]))
                let text = String(decoding: body.dropFirst(3), as: UTF8.self)
                #expect(text.hasPrefix("统一社会信用代码,企业名称,镇街"))
                #expect(text.contains("\n示例："))
            }
            try await app.testing().test(.GET, SiteURL.importTemplate(kind: "figures", format: "xlsx").path + "?lang=en", headers: admin.headers) { response async in
                #expect(response.status == .ok)
                let table = try? TableReader(data: Data(response.body.readableBytesView))
                var header: [String] = []
                try? table?.read(header: { _, names in header = names }, row: { _, _ in })
                #expect(header.first == "credit_code")
            }
            try await app.testing().test(.GET, SiteURL.importTemplate(kind: "nothing", format: "csv").path, headers: admin.headers) { response async in
                #expect(response.status == .notFound)
            }
            let town = try await app.signIn("town1")
            try await app.testing().test(.GET, SiteURL.importTemplate(kind: "figures", format: "csv").path, headers: town.headers) { response async in
                #expect(response.status == .forbidden)
            }
            try await app.testing().test(.GET, SiteURL.enterpriseImport.path, headers: admin.headers) { response async in
                #expect(response.body.string.contains(SiteURL.importTemplate(kind: "monthly", format: "xlsx").path))
            }
        }
    }

    /// The rows of an XLSX sheet.
    private func rows(_ data: [UInt8], sheet: String) throws -> [[String]] {
        var rows: [[String]] = []
        try TableReader(data: Data(data), sheet: sheet).read(header: { _, names in rows.append(names) }, row: { _, cells in rows.append(cells.strings) })
        return rows
    }

    @Test("Each XLSX template carries its notes on a second sheet, a row per column, in the page's language", arguments: ImportTemplates.all.map(\.kind))
    func notesSheet(kind: String) throws {
        let template = try #require(ImportTemplates.entry(kind)).template
        for language in Language.allCases {
            let notes = try rows(try template.xlsx(language), sheet: ImportTemplate.notesName.text(for: language))
            #expect(notes.first == ImportColumnNote.header.map { $0.text(for: language) })
            #expect(notes.dropFirst().map { $0.first ?? "" } == template.header(language), "\(kind): one row per column, in order")
            #expect(notes.dropFirst().allSatisfy { $0.count >= 5 && !$0[4].isEmpty }, "\(kind): every column has its rule")
            #expect(template.notesCSV(language).starts(with: [0xEF, 0xBB, 0xBF]))
        }
    }

    @Test("The notes state the importer's own limits: a changed limit changes them")
    func notesFollowTheLimits() throws {
        let enterprises = try #require(ImportTemplates.entry("enterprises")).template
        let byHeader = Dictionary(uniqueKeysWithValues: enterprises.columns.map { ($0.header.en, $0.note) })
        // Each note is made from the column's kind, the very value the importer checks cells with.
        for column in EnterpriseIdentityFile.spec.columns {
            #expect(byHeader[column.englishHeader]?.rule == column.kind.rule)
            #expect(byHeader[column.englishHeader]?.required == column.required)
        }
        #expect(byHeader["name"]?.rule.zh.contains("最多 \(TextFieldKind.name.maximumLength) 个字符") == true)
        #expect(byHeader["address"]?.rule.en.contains("at most \(TextFieldKind.address.maximumLength) characters") == true)
        #expect(byHeader["latitude"]?.rule.en == "a number from \(FieldLimits.format(FieldLimits.latitude.lowerBound)) to \(FieldLimits.format(FieldLimits.latitude.upperBound))")
        // A different limit gives a different rule.
        #expect(ImportValueKind.decimal(in: -45...45).rule != ImportValueKind.decimal(in: FieldLimits.latitude).rule)
        let figures = try #require(ImportTemplates.entry("figures")).template
        #expect(figures.columns.first { $0.header.en == "revenue_wan" }?.note.unit?.zh == "万元")
        #expect(figures.columns.first { $0.header.en == "revenue_wan" }?.note.rule.en.contains(FieldLimits.format(FieldLimits.maximumMagnitude)) == true)
        let projects = try #require(ImportTemplates.entry("projects")).template
        let investment = try #require(projects.columns.first { $0.header.en == "investment_yi" }).note
        #expect(investment.rule.zh.contains(FieldLimits.format(ProjectRecordCheck.maximumInvestmentYi)) && investment.required)
    }

    @Test("The notes download: CSV in the page's language, for those who may import")
    func notesRoute() async throws {
        try await withTestApp { app in
            try await Fixture.user(app, "admin1", .admin)
            try await Fixture.user(app, "town1", .town, binding: "shaping")
            let admin = try await app.signIn("admin1")
            try await app.testing().test(.GET, SiteURL.importTemplate(kind: "figures", format: "notes").path + "?lang=en", headers: admin.headers) { response async in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                let text = String(decoding: Array(response.body.readableBytesView).dropFirst(3), as: UTF8.self)
                #expect(text.hasPrefix("Column,Meaning,Unit,Required,Rule"))
                #expect(text.contains("revenue_wan,"))
            }
            let town = try await app.signIn("town1")
            try await app.testing().test(.GET, SiteURL.importTemplate(kind: "figures", format: "notes").path, headers: town.headers) { response async in
                #expect(response.status == .forbidden)
            }
            try await app.testing().test(.GET, SiteURL.enterpriseImport.path, headers: admin.headers) { response async in
                #expect(response.body.string.contains(SiteURL.importTemplate(kind: "monthly", format: "notes").path))
            }
        }
    }
}
