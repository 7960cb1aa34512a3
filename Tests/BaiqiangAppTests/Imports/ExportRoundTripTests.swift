import BaiqiangCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// Projects, parcels and regional figures downloaded from their pages import back into an empty
/// county as the same records, in either language and either format, texts that a spreadsheet
/// would run as formulas included.
@Suite("Export → import round trips: projects, parcels, regional figures")
struct ExportRoundTripTests {
    static let formats = [TableExport.Format.csv, .xlsx]

    static func session(_ app: Application) -> AppSession {
        AppSession(app: app, actor: .commandLine("ops"))
    }

    static func download(_ app: Application, _ path: String, language: Language) async throws -> Data {
        try await Fixture.user(app, "admin1", .admin)
        let browser = try await app.signIn("admin1")
        var body = Data()
        try await app.testing().test(.GET, path + "?lang=" + language.rawValue, headers: browser.headers) { response async in
            #expect(response.status == .ok)
            body = Data(response.body.readableBytesView)
        }
        return body
    }

    static func header(_ data: Data) throws -> [String] {
        var header: [String] = []
        try TableReader(data: data).read(header: { _, names in header = names }, row: { _, _ in })
        return header
    }

    // MARK: Projects

    struct ProjectFacts: Equatable {
        var name, codename, stage, stageSince: String
        var year: Int
        var investor, channel, town, leader, department, creditCode: String?
        var investment, funds: Double
        var isKey: Bool
    }

    static func projects(_ app: Application) async throws -> [ProjectFacts] {
        try await Project.query(on: app.db).sort(\.$codename).all().map {
            ProjectFacts(name: $0.name, codename: $0.codename, stage: $0.stage, stageSince: $0.stageSince, year: $0.year,
                         investor: $0.investor, channel: $0.channel, town: $0.townCode, leader: $0.linkedLeader,
                         department: $0.leadDepartmentCode, creditCode: $0.creditCode, investment: $0.investmentYi,
                         funds: $0.fundsInPlaceYi, isKey: $0.isKey)
        }
    }

    /// The projects the plan names are seeded in every county; an empty pipeline has none.
    static func emptyPipeline(_ app: Application) async throws {
        try await ProjectStageChangeRow.query(on: app.db).delete()
        try await ProjectMilestoneRow.query(on: app.db).delete()
        try await ProjectInvestment.query(on: app.db).delete()
        try await Project.query(on: app.db).delete()
    }

    static let projectsFile = """
        name,codename,year,investor,investment_yi,funds_in_place_yi,channel,town,lead_department,stage,stage_date,key
        "=HYPERLINK(""x"")智能装备项目",RT-A,2024,@示例投资有限公司,12.5,3.25,agency,shaping,tcj,signed,2024-03-01,1
        -新材料项目,RT-B,2025,,8,0,,gonghe,,lead,2025-01-15,0

        """

    @Test("Projects", arguments: Language.allCases, formats)
    func projects(language: Language, format: TableExport.Format) async throws {
        var original: [ProjectFacts] = []
        var exported = Data()
        try await withTestApp { app in
            try await Self.emptyPipeline(app)
            _ = try await Self.session(app).importProjects(Data(Self.projectsFile.utf8), partial: false, sheet: nil)
            original = try await Self.projects(app)
            exported = try await Self.download(app, SiteURL.projectsExport(format: format.rawValue).path, language: language)
        }
        #expect(original.count == 2)
        #expect(original.first?.name == "=HYPERLINK(\"x\")智能装备项目")
        let header = try Self.header(exported)
        #expect(header.first == (language == .en ? "name" : "项目名称"))
        try await withTestApp { app in
            try await Self.emptyPipeline(app)
            let outcome = try await Self.session(app).importProjects(exported, partial: false, sheet: nil)
            #expect(outcome.rejected == 0)
            #expect(try await Self.projects(app) == original)
        }
    }

    // MARK: Parcels

    static let parcelsFile = """
        宗地编号,镇街,用途,容积率,图形
        RT-1,gonghe,=工业用地,0.9,"POLYGON ((112.83 22.6, 112.831 22.6, 112.831 22.601, 112.83 22.601, 112.83 22.6))"
        RT-2,gonghe,工业用地,1.25,"POLYGON ((112.84 22.6, 112.841 22.6, 112.841 22.601, 112.84 22.601, 112.84 22.6))"

        """

    static func parcels(_ app: Application) async throws -> [ParcelRecord] {
        try await LandStore(db: app.db, principal: .countyWide).parcels(LandStore.Filter())
    }

    @Test("Parcels", arguments: Language.allCases, formats)
    func parcels(language: Language, format: TableExport.Format) async throws {
        var original: [ParcelRecord] = []
        var exported = Data()
        try await withTestApp { app in
            let outcome = try await Self.session(app).importParcels(Data(Self.parcelsFile.utf8), fileName: "p.csv", crs: nil)
            #expect(outcome.rejected == 0)
            original = try await Self.parcels(app)
            exported = try await Self.download(app, SiteURL.landExport(format: format.rawValue).path, language: language)
        }
        #expect(original.count == 2)
        #expect(original.first?.landUse == "=工业用地")
        let header = try Self.header(exported)
        #expect(header == (language == .en ? ParcelTableFile.spec.englishHeader : ParcelTableFile.spec.chineseHeader))
        try await withTestApp { app in
            #expect(try await Self.parcels(app).isEmpty)
            let outcome = try await Self.session(app).importParcels(exported, fileName: "p." + format.rawValue, crs: nil)
            #expect(outcome.rejected == 0 && outcome.inserted == 2)
            #expect(try await Self.parcels(app) == original)
        }
    }

    // MARK: Regional figures

    static let figuresFile = """
        unit,indicator,period,value,growth_percent,publisher,title,date,address,read_from_copy,correction_reason
        鹤山市,地区生产总值,2008,1234.5,-2.5,=鹤山市统计局,+统计公报,2009-03,@heshan.gov.cn,是,
        台山市,地区生产总值,2008,300,4,台山市统计局,,,,,

        """

    static func regionalFigures(_ app: Application) async throws -> [RegionalFigure] {
        let store = try #require(try CountiesStore(db: app.db, county: CountyCode.heshan))
        return try await store.currentFigures().filter { !$0.isDemo }.sorted { "\($0.key)" < "\($1.key)" }
    }

    @Test("Regional figures", arguments: Language.allCases, formats)
    func regionalFigures(language: Language, format: TableExport.Format) async throws {
        var original: [RegionalFigure] = []
        var exported = Data()
        try await withTestApp { app in
            _ = try await Self.session(app).importRegionalFigures(Data(Self.figuresFile.utf8), partial: false, sheet: nil)
            original = try await Self.regionalFigures(app)
            exported = try await Self.download(app, SiteURL.countiesExport(format: format.rawValue).path, language: language)
        }
        #expect(original.contains { $0.citation?.publisher == "=鹤山市统计局" && $0.value == 1234.5 && $0.growthPercent == -2.5 })
        let header = try Self.header(exported)
        #expect(header == (language == .en ? RegionalFiguresFile.spec.englishHeader : RegionalFiguresFile.spec.chineseHeader))
        try await withTestApp { app in
            // An empty county: no figure recorded, not even the shipped ones.
            try await RegionalFigureRow.query(on: app.db).delete()
            _ = try await Self.session(app).importRegionalFigures(exported, partial: false, sheet: nil)
            #expect(try await Self.regionalFigures(app) == original)
        }
    }
}
