import Foundation
import Testing
@testable import BaiqiangCore

/// A parcels file's properties become parcel records, or every problem is named by feature and field.
@Suite("Parcel records from GeoJSON properties 宗地属性")
struct ParcelRecordReaderTests {
    static let holder = CreditCode.completing("91440784MA4UABCD1")!
    static let square = LandFixtures.square.map { ($0.longitude, $0.latitude) }
    static let towns: Set<String> = ["gonghe", "shaping"]

    static func read(_ properties: [String]) throws -> [ParcelRecord] {
        let data = LandFixtures.featureCollection(properties.map { LandFixtures.polygonFeature([square], properties: $0) })
        return try ParcelRecordReader.records(from: ParcelGeoJSONImport.read(data), knownTowns: towns)
    }

    static func issues(_ properties: [String]) -> [LocatedIssue] {
        do {
            _ = try read(properties)
            return []
        } catch let error as GeoJSONError {
            return error.locatedIssues
        } catch {
            return [LocatedIssue(row: nil, column: nil, reason: BilingualText(zh: "\(error)", en: "\(error)"))]
        }
    }

    @Test("English keys and Chinese headers both read; the area is the geometry's")
    func readsBothLanguages() throws {
        let records = try Self.read([
            #"{"parcel_number":"HS-001","town":"gonghe","holder_credit_code":"\#(Self.holder)","supply_way":"transfer","contracted_start":"2023-03-01","plot_ratio":0.8,"committed_plot_ratio":1.5}"#,
            #"{"宗地编号":"HS-002","镇街":"shaping","供地方式":"租赁","承诺亩均税收":"20","核验亩均税收":12}"#,
        ])
        #expect(records.map(\.number) == ["HS-001", "HS-002"])
        #expect(records[0].holderCreditCode == Self.holder)
        #expect(records[0].supplyWay == .transfer)
        #expect(records[0].contractedStart == LocalDate(iso: "2023-03-01"))
        #expect(records[0].plotRatio == 0.8 && records[0].committedPlotRatio == 1.5)
        #expect(records[1].supplyWay == .lease)
        #expect(records[1].standardLandChecks == [StandardLandCheck(indicator: "亩均税收 tax per mu", committed: 20, actual: 12)])
        // About 102.6 m × 111 m in 共和: a little over 17 mu.
        #expect(records[0].area.mu > 16 && records[0].area.mu < 18)
    }

    @Test("Each bad field is named with its feature index; nothing is returned")
    func namesEveryProblem() {
        let wrongCheck = String(Self.holder.dropLast()) + (Self.holder.last == "0" ? "1" : "0")
        let issues = Self.issues([
            #"{"parcel_number":"HS-001","holder_credit_code":"\#(wrongCheck)"}"#,
            #"{"town":"nowhere","supply_way":"gift","supply_date":"2023/03/01"}"#,
            #"{"parcel_number":"HS-001","plot_ratio":-1}"#,
        ])
        let places = Set(issues.map { "\($0.row ?? 0):\($0.column ?? "")" })
        #expect(places == ["1:holder_credit_code", "2:parcel_number", "2:town", "2:supply_way", "2:supply_date", "3:plot_ratio"])
    }

    @Test("A parcel number twice in one file is refused at its second feature")
    func duplicateNumber() {
        let issues = Self.issues([#"{"parcel_number":"HS-001"}"#, #"{"parcel_number":"HS-001"}"#])
        #expect(issues.map(\.row) == [2])
        #expect(issues.first?.reason.zh.contains("第 1 个要素") == true)
    }

    @Test("A declared area 5% off the geometry's is accepted, beyond that refused")
    func declaredArea() throws {
        let computed = try Self.read([#"{"parcel_number":"A"}"#])[0].area.squareMetres
        #expect(Self.issues([#"{"parcel_number":"A","declared_area_m2":\#(computed * 1.049)}"#]).isEmpty)
        #expect(Self.issues([#"{"parcel_number":"A","declared_area_m2":\#(computed * 1.06)}"#]).map(\.column) == ["declared_area_m2"])
    }

    @Test("Completion before the contracted start is refused")
    func completionBeforeStart() {
        let issues = Self.issues([#"{"parcel_number":"A","contracted_start":"2024-05-01","contracted_completion":"2024-04-30"}"#])
        #expect(issues.map(\.column) == ["contracted_completion"])
    }

    @Test("A record written as a feature reads back the same")
    func roundTrip() throws {
        let records = try Self.read([
            #"{"parcel_number":"HS-001","town":"gonghe","holder_credit_code":"\#(Self.holder)","supply_way":"划拨","supply_date":"2020-01-02","committed_investment_intensity_wan_per_mu":300,"checked_investment_intensity_wan_per_mu":280,"floor_area_m2":12000}"#,
        ])
        let written = Data(GeoJSONWriter.write(records.map(\.feature)).utf8)
        let again = try ParcelRecordReader.records(from: ParcelGeoJSONImport.read(written), knownTowns: Self.towns)
        #expect(again.count == 1)
        var first = records[0], second = again[0]
        // Coordinates are written to 1e-8°, so the recomputed area may differ in the last places.
        #expect(abs(first.area.squareMetres - second.area.squareMetres) < 0.01)
        first.area = second.area
        first.geometry = second.geometry
        #expect(first == second)
    }
}
