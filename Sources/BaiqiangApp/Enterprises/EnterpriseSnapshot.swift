import Foundation

/// What the audit log and the API show of an enterprise.
struct EnterpriseSnapshot: Codable, Sendable {
    var creditCode: String
    var name: String
    var town: String?
    var isDemo: Bool

    enum CodingKeys: String, CodingKey {
        case creditCode = "credit_code", name, town, isDemo = "is_demo"
    }

    init(_ enterprise: Enterprise, townCode: String?) {
        creditCode = enterprise.creditCode
        name = enterprise.name
        town = townCode
        isDemo = enterprise.isDemo
    }
}
