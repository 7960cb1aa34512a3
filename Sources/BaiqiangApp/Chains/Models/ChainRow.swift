import BaiqiangCore
import Fluent
import Foundation

/// 产业链: one of the county's industrial chains, kept as the chain file it was imported or edited
/// as (Core's `IndustrialChain` reads and checks it), with the columns a list needs beside it.
final class ChainRow: Model, @unchecked Sendable {
    static let schema = "chains"

    @ID(key: .id) var id: UUID?
    @Field(key: "county_code") var countyCode: String
    @Field(key: "code") var code: String
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @OptionalField(key: "chief") var chief: String?
    @OptionalField(key: "lead_department_code") var leadDepartmentCode: String?
    @OptionalField(key: "source") var source: String?
    @Field(key: "node_count") var nodeCount: Int
    /// The chain file (YAML) as last saved.
    @Field(key: "definition") var definition: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {
        countyCode = CountyCode.heshan
    }
}

extension ChainRow: CountyOwned {}

extension ChainRow {
    func apply(_ chain: IndustrialChain, definition: String, county: String) {
        countyCode = county
        code = chain.code
        nameZh = chain.name.zh
        nameEn = chain.name.en
        chief = chain.chief
        leadDepartmentCode = chain.leadDepartmentCode
        source = chain.source
        nodeCount = chain.nodes.count
        self.definition = definition
    }

    /// The stored chain, read and checked again (it was checked when saved).
    func chain() throws(ChainError) -> IndustrialChain {
        try IndustrialChain(yaml: definition, fileName: code)
    }

    /// What the audit log keeps of a chain.
    var audited: AuditedChain {
        AuditedChain(code: code, name: nameZh, chief: chief, leadDepartment: leadDepartmentCode, definition: definition)
    }
}

struct AuditedChain: Codable, Sendable {
    var code: String
    var name: String
    var chief: String?
    var leadDepartment: String?
    var definition: String
}
