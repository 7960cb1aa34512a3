import Foundation
import Testing
@testable import BaiqiangCore

@Suite("Demo county: industries (GB/T 4754-2017) and towns")
struct DemoIndustryAndTownTests {
    @Test("Industry classes are four-digit GB/T 4754-2017 manufacturing codes, each once")
    func codes() {
        let codes = DemoIndustry.catalogue.map(\.code)
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(code.count == 4 && code.allSatisfy { $0.isASCII } && code.allSatisfy { $0.isNumber })
            // Manufacturing (门类 C) is divisions 13–43.
            #expect((13...43).contains(Int(code.prefix(2))!))
        }
        // Spot checks against the standard's class table.
        #expect(DemoIndustry.industry(code: "3825")?.name == "光伏设备及元器件制造")
        #expect(DemoIndustry.industry(code: "3976")?.name == "光电子器件制造")
        #expect(DemoIndustry.industry(code: "3985")?.name == "电子专用材料制造")
        #expect(DemoIndustry.industry(code: "3311")?.name == "金属结构制造")
    }

    @Test("When the standard's table is bundled, every class and name is in it")
    func againstBundledTable() throws {
        guard let url = CoreResources.url("industry/gbt4754-2017.csv") else { return }
        let table = try String(contentsOf: url, encoding: .utf8)
        for industry in DemoIndustry.catalogue {
            let line = table.split(whereSeparator: \.isNewline).first { $0.split(separator: ",").first.map(String.init) == industry.code }
            #expect(line?.contains(industry.name) == true, "\(industry.code) \(industry.name)")
        }
    }

    @Test("Every sector of the plan has classes, and the generated mix uses them all")
    func sectors() {
        for sector in StrategicSector.allCases {
            #expect(DemoIndustry.catalogue.filter { $0.sector == sector }.count >= 5)
        }
        let firms = DemoFixtures.generated
        let bySector = Dictionary(grouping: firms) { DemoIndustry.industry(code: $0.industryCode!)!.sector }
        #expect(Set(bySector.keys) == Set(StrategicSector.allCases))
        let strategicShare = Double(firms.filter { DemoIndustry.industry(code: $0.industryCode!)!.sector.isStrategic }.count) / Double(firms.count)
        #expect((0.3...0.6).contains(strategicShare))
    }

    @Test("Demo towns are exactly the towns of the county file")
    func townsMatchCountyFile() throws {
        let profile = try CountyProfile.heshan()
        #expect(DemoTown.heshan.map(\.code) == profile.towns.map(\.code))
        #expect(DemoTown.heshan.map(\.name) == profile.towns.map(\.name.zh))
        let used = Set(DemoFixtures.generated.compactMap(\.townCode))
        #expect(used == Set(profile.towns.map(\.code)))
    }
}
