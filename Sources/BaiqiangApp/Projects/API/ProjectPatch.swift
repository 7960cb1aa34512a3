import BaiqiangCore
import Vapor

/// The body of `PATCH /api/v1/projects/{id}`: only the fields it names change. A field given as
/// `null` (or, for a text, as "") is cleared; one left out keeps its stored value. The values
/// become the edit form's text, so Core reads them exactly as it reads the form.
struct ProjectPatch: Content {
    /// A field of the body: left out, `null`, or a value.
    enum Field<Value: Codable & Sendable>: Sendable {
        case absent
        case null
        case value(Value)

        /// The value, or nil when cleared or left out.
        var value: Value? {
            if case .value(let value) = self { return value }
            return nil
        }
    }

    var name: Field<String> = .absent
    var codename: Field<String> = .absent
    var year: Field<Int> = .absent
    var investor: Field<String> = .absent
    var investmentYi: Field<Double> = .absent
    var fundsInPlaceYi: Field<Double> = .absent
    var investorRevenueYi: Field<Double> = .absent
    var channel: Field<String> = .absent
    var chainNode: Field<String> = .absent
    var leaderAccount: Field<String> = .absent
    var leadDepartment: Field<String> = .absent
    var town: Field<String> = .absent
    var creditCode: Field<String> = .absent
    var isKey: Field<Bool> = .absent
    /// Planned milestone days by stage (`land_supplied`, `started`, `completed`, `producing`,
    /// `full_capacity`); a stage left out keeps its day, `null` removes it.
    var planned: Field<[String: String?]> = .absent

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, codename, year, investor, channel, town, planned
        case investmentYi = "investment_yi", fundsInPlaceYi = "funds_in_place_yi", investorRevenueYi = "investor_revenue_yi"
        case chainNode = "chain_node", leaderAccount = "leader_account", leadDepartment = "lead_department"
        case creditCode = "credit_code", isKey = "is_key"
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func field<Value: Codable & Sendable>(_ key: CodingKeys) throws -> Field<Value> {
            guard container.contains(key) else { return .absent }
            if try container.decodeNil(forKey: key) { return .null }
            return .value(try container.decode(Value.self, forKey: key))
        }
        name = try field(.name)
        codename = try field(.codename)
        year = try field(.year)
        investor = try field(.investor)
        investmentYi = try field(.investmentYi)
        fundsInPlaceYi = try field(.fundsInPlaceYi)
        investorRevenueYi = try field(.investorRevenueYi)
        channel = try field(.channel)
        chainNode = try field(.chainNode)
        leaderAccount = try field(.leaderAccount)
        leadDepartment = try field(.leadDepartment)
        town = try field(.town)
        creditCode = try field(.creditCode)
        isKey = try field(.isKey)
        planned = try field(.planned)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func put<Value: Codable & Sendable>(_ field: Field<Value>, _ key: CodingKeys) throws {
            switch field {
            case .absent: break
            case .null: try container.encodeNil(forKey: key)
            case .value(let value): try container.encode(value, forKey: key)
            }
        }
        try put(name, .name)
        try put(codename, .codename)
        try put(year, .year)
        try put(investor, .investor)
        try put(investmentYi, .investmentYi)
        try put(fundsInPlaceYi, .fundsInPlaceYi)
        try put(investorRevenueYi, .investorRevenueYi)
        try put(channel, .channel)
        try put(chainNode, .chainNode)
        try put(leaderAccount, .leaderAccount)
        try put(leadDepartment, .leadDepartment)
        try put(town, .town)
        try put(creditCode, .creditCode)
        try put(isKey, .isKey)
        try put(planned, .planned)
    }

    /// The linked leader the body asks for: left out keeps it, `null` or "" unlinks, a sign-in
    /// name links that leader account.
    var leader: LeaderChoice {
        switch leaderAccount {
        case .absent: .keep
        case .null: .none
        case .value(let username): LeaderChoice(field: username)
        }
    }

    /// Every text within the bound of its kind before it is read at all, as on the form.
    func checkFields() throws {
        var check = FieldChecker()
        check.text(name.value, .name, field: "name")
        check.text(codename.value, .name, field: "codename")
        check.text(investor.value, .name, field: "investor")
        check.text(chainNode.value, .name, field: "chain_node")
        check.text(leaderAccount.value, .username, field: "leader_account")
        for (value, field) in [(channel.value, "channel"), (leadDepartment.value, "lead_department"), (town.value, "town"),
                               (creditCode.value, "credit_code")] {
            check.text(value, .code, field: field)
        }
        if let planned = planned.value {
            for (key, day) in planned {
                guard let stage = ProjectStage(rawValue: key), ProjectForm.plannedStages.contains(stage) else {
                    check.report("planned", BilingualText(zh: "“\(key.prefix(64))”不是可计划的节点", en: "'\(key.prefix(64))' is not a stage that can be planned"))
                    continue
                }
                check.text(day, .code, field: ProjectForm.plannedField(stage))
            }
        }
        try check.finish()
    }

    /// `stored` (the form as the project is now) with the fields this body names.
    func applied(to stored: ProjectForm) -> ProjectForm {
        var form = stored
        func text(_ field: Field<String>, _ target: inout String) {
            switch field {
            case .absent: break
            case .null: target = ""
            case .value(let value): target = value
            }
        }
        func number<N: Codable & Sendable>(_ field: Field<N>, _ target: inout String) {
            switch field {
            case .absent: break
            case .null: target = ""
            case .value(let value): target = "\(value)"
            }
        }
        text(name, &form.name)
        text(codename, &form.codename)
        number(year, &form.year)
        text(investor, &form.investor)
        number(investmentYi, &form.investmentYi)
        number(fundsInPlaceYi, &form.fundsInPlaceYi)
        number(investorRevenueYi, &form.investorRevenueYi)
        text(channel, &form.channel)
        text(chainNode, &form.chainNode)
        text(leadDepartment, &form.leadDepartment)
        text(town, &form.town)
        text(creditCode, &form.creditCode)
        if case .value(let flag) = isKey { form.isKey = flag }
        switch planned {
        case .absent: break
        case .null: form.planned = [:]
        case .value(let days):
            for (key, day) in days {
                guard let stage = ProjectStage(rawValue: key) else { continue }
                form.planned[stage] = day ?? ""
            }
        }
        return form
    }
}
