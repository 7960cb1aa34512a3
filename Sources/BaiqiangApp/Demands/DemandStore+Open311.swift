import BaiqiangCore
import Fluent
import Foundation

/// What the public Open311 interface reads. It sees every demand of the county, as a citizen's
/// portal would, and its view leaves out what a firm wrote and where unless a key is presented.
extension DemandStore {
    func publicRequests() -> QueryBuilder<Demand> {
        Demand.query(on: db, county: county)
    }

    func publicRequest(trackingNumber: String) async throws -> Demand? {
        try await Demand.query(on: db, county: county).filter(\.$trackingNumber == trackingNumber).first()
    }

    /// A request by the token it was filed under (the demand's id).
    func publicRequest(token: UUID) async throws -> Demand? {
        try await Demand.query(on: db, county: county).filter(\.$id == token).first()
    }

    /// The live key presented, or nil.
    func open311Key(_ presented: String) async throws -> Open311Key? {
        try await Open311Keys.find(presented, on: db)
    }

    /// The department that takes demands in for the county (诉求中心), if the profile names one.
    func demandCentre() async throws -> Department? {
        try await Department.query(on: db, county: county).filter(\.$isDemandCentre == true).first()
    }
}
