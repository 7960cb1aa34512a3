import Foundation

/// What the audit log keeps of an enterprise: its identity and the registry's judgements of it.
struct EnterpriseSnapshot: Codable, Sendable, Equatable {
    var creditCode: String
    var name: String
    var town: String?
    var isDemo: Bool
    var address: String?
    var contactName: String?
    var contactPhone: String?
    var cityLeader: String?
    var townLeader: String?
    var cityLeaderID: UUID?
    var townLeaderID: UUID?
    var ladderStage: Int?
    var listingStage: String?
    var listingSince: Int?
    var ticker: String?
    var designations: [String]?

    enum CodingKeys: String, CodingKey {
        case creditCode = "credit_code", name, town, isDemo = "is_demo", address, contactName = "contact_name"
        case contactPhone = "contact_phone", cityLeader = "city_leader", townLeader = "town_leader"
        case cityLeaderID = "city_leader_id", townLeaderID = "town_leader_id"
        case ladderStage = "ladder_stage", listingStage = "listing_stage", listingSince = "listing_since", ticker, designations
    }

    init(_ enterprise: Enterprise, townCode: String?, designations: [String]? = nil) {
        creditCode = enterprise.creditCode
        name = enterprise.name
        town = townCode
        isDemo = enterprise.isDemo
        address = enterprise.address
        contactName = enterprise.contactName
        contactPhone = enterprise.contactPhone
        cityLeader = enterprise.cityLeader
        townLeader = enterprise.townLeader
        cityLeaderID = enterprise.cityLeaderID
        townLeaderID = enterprise.townLeaderID
        ladderStage = enterprise.ladderStage
        listingStage = enterprise.listingStage
        listingSince = enterprise.listingSince
        ticker = enterprise.ticker
        self.designations = designations
    }
}
