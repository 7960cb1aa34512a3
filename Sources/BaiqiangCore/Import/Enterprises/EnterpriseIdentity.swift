import Foundation

/// A firm's identity as an enterprise-registry file gives it (企业基本信息).
public struct EnterpriseIdentity: Sendable, Hashable {
    public var creditCode: CreditCode
    public var name: String
    /// Nil with `industry` for a firm the registry holds before its town and industry are known
    /// (a firm a plan names): see `EnterpriseIdentityFile.unknownPlace`.
    public var town: String?
    /// GB/T 4754-2017 code; nil exactly when `town` is.
    public var industry: String?
    public var address: String?
    /// WGS-84 degrees; both or neither.
    public var longitude: Double?
    public var latitude: Double?
    public var contactName: String?
    public var contactPhone: String?
    /// The city and town leaders linked to the firm (挂钩领导), by account; `.keep` (the file
    /// has no such column, or says so) leaves the stored link alone.
    public var cityLeader: LeaderChoice
    public var townLeader: LeaderChoice
    /// Generated demo data (演示数据), as an export of a demo firm marks it; a file of real
    /// firms leaves the column out.
    public var isDemo: Bool

    public init(creditCode: CreditCode, name: String, town: String?, industry: String?, address: String? = nil,
                longitude: Double? = nil, latitude: Double? = nil, contactName: String? = nil, contactPhone: String? = nil,
                cityLeader: LeaderChoice = .keep, townLeader: LeaderChoice = .keep, isDemo: Bool = false) {
        self.creditCode = creditCode
        self.name = name
        self.town = town
        self.industry = industry
        self.address = address
        self.longitude = longitude
        self.latitude = latitude
        self.contactName = contactName
        self.contactPhone = contactPhone
        self.cityLeader = cityLeader
        self.townLeader = townLeader
        self.isDemo = isDemo
    }
}

/// The enterprise-identity file (企业名录导入文件): `credit_code,name,town,industry,address,
/// longitude,latitude,contact_name,contact_phone,city_leader_account,town_leader_account,is_demo`;
/// only the first four are required.
public enum EnterpriseIdentityFile {
    /// The registry holds firms whose town and industry are not known yet (a firm a plan names
    /// before it registers here), and its export writes them with both cells empty. So a row may
    /// leave town and industry empty together: the firm is then created without them, and a firm
    /// the registry already holds keeps the ones it has. One without the other is far more often a
    /// forgotten cell than a fact, and is refused.
    public static let unknownPlace = BilingualText(
        zh: "镇街与行业代码须同时填写，或同时留空（尚未知晓）", en: "give town and industry code together, or leave both empty (not known yet)")

    public static let spec = ImportFileSpec(
        name: BilingualText(zh: "企业名录", en: "Enterprise registry"),
        columns: [
            ImportColumn("credit_code", chinese: ["统一社会信用代码", "社会信用代码", "信用代码"], kind: .creditCode),
            ImportColumn("name", chinese: ["企业名称", "单位名称", "单位详细名称"], kind: .text(nonEmpty: true, field: .name)),
            ImportColumn("town", chinese: ["镇街", "所在镇街", "镇(街道)", "镇街名称"], kind: .town),
            ImportColumn("industry", chinese: ["行业代码", "国民经济行业代码", "行业代码(GB/T4754-2017)"], kind: .industryCode),
            ImportColumn("address", chinese: ["地址", "详细地址", "企业地址", "单位地址"], required: false, kind: .text(nonEmpty: false, field: .address)),
            ImportColumn("longitude", chinese: ["经度"], required: false, kind: .decimal(in: FieldLimits.longitude)),
            ImportColumn("latitude", chinese: ["纬度"], required: false, kind: .decimal(in: FieldLimits.latitude)),
            ImportColumn("contact_name", chinese: ["联系人"], required: false, kind: .text(nonEmpty: false, field: .contact)),
            ImportColumn("contact_phone", chinese: ["联系电话", "电话"], required: false, kind: .text(nonEmpty: false, field: .contact)),
            ImportColumn(cityLeaderColumn, chinese: ["市挂钩领导账号", "挂钩市领导账号"], required: false, kind: .leaderAccount),
            ImportColumn(townLeaderColumn, chinese: ["镇挂钩领导账号", "挂钩镇领导账号"], required: false, kind: .leaderAccount),
            demoColumn,
        ],
        keyColumns: ["credit_code"])

    /// 演示数据: an export marks a demo firm's rows with it so that they stay labelled when read
    /// back; optional, and empty or absent means a real firm.
    public static let demoColumn = ImportColumn("is_demo", chinese: ["演示数据"], required: false, kind: .boolean)

    /// The linked leaders' columns: an export writes each linked account's sign-in name.
    public static let cityLeaderColumn = "city_leader_account"
    public static let townLeaderColumn = "town_leader_account"

    public static func parse(_ data: Data, reference: ImportReferenceData, sheet: String? = nil,
                             batches: ImportBatches<EnterpriseIdentity>? = nil) throws -> ImportParseResult<EnterpriseIdentity> {
        try ImportParser.parse(data, as: EnterpriseIdentityDecoder.self, spec: spec, reference: reference, sheet: sheet, batches: batches)
    }
}

/// Reads an enterprise-identity row.
public struct EnterpriseIdentityDecoder: ImportRecordDecoder {
    let creditCode, name, town, industry, address, longitude, latitude, contactName, contactPhone: ImportColumnRef?
    let cityLeader, townLeader, isDemo: ImportColumnRef?

    public init(mapping: HeaderMapping) {
        creditCode = mapping.column("credit_code")
        name = mapping.column("name")
        town = mapping.column("town")
        industry = mapping.column("industry")
        address = mapping.column("address")
        longitude = mapping.column("longitude")
        latitude = mapping.column("latitude")
        contactName = mapping.column("contact_name")
        contactPhone = mapping.column("contact_phone")
        cityLeader = mapping.column(EnterpriseIdentityFile.cityLeaderColumn)
        townLeader = mapping.column(EnterpriseIdentityFile.townLeaderColumn)
        isDemo = mapping.column("is_demo")
    }

    public func decode(_ row: inout RowReader) -> EnterpriseIdentity? {
        let code = row.creditCode(creditCode)
        let firmName = row.requiredText(name, .name)
        let townEmpty = row.isEmpty(town), industryEmpty = row.isEmpty(industry)
        let placeUnknown = townEmpty && industryEmpty
        if townEmpty != industryEmpty { row.report(townEmpty ? town : industry, EnterpriseIdentityFile.unknownPlace) }
        let townName = townEmpty ? nil : row.town(town)
        let category = industryEmpty ? nil : row.industry(industry)
        let lon = row.decimal(longitude, in: FieldLimits.longitude)
        let lat = row.decimal(latitude, in: FieldLimits.latitude)
        if (lon == nil) != (lat == nil), !row.hasIssues {
            row.report(lon == nil ? longitude : latitude, BilingualText(
                zh: "经度和纬度须同时填写或同时留空", en: "longitude and latitude must be given together or not at all"))
        }
        let addressText = row.optionalText(address, .address)
        let contactNameText = row.optionalText(contactName, .contact)
        let contactPhoneText = row.optionalText(contactPhone, .contact)
        let cityChoice = row.leaderChoice(cityLeader)
        let townChoice = row.leaderChoice(townLeader)
        let demo = row.boolean(isDemo) ?? false
        guard let code, let firmName, placeUnknown || (townName != nil && category != nil), let cityChoice, let townChoice,
              !row.hasIssues else { return nil }
        return EnterpriseIdentity(
            creditCode: code, name: firmName, town: townName, industry: category?.code,
            address: addressText, longitude: lon, latitude: lat,
            contactName: contactNameText, contactPhone: contactPhoneText, cityLeader: cityChoice, townLeader: townChoice, isDemo: demo)
    }

    public func key(of record: EnterpriseIdentity) -> String {
        record.creditCode.value
    }

    public func describe(_ key: String) -> String { key }
}
