import BaiqiangCore
import Fluent
import Vapor

/// The registry's reads, scoped to the asking account. Pages and the API both call these.
struct EnterpriseQueries {
    let db: any Database
    let principal: Principal

    struct Filter: Sendable {
        /// Part of the name or the credit code.
        var text: String?
        var townCode: String?
    }

    struct Row: Content {
        var creditCode: String
        var name: String
        var town: TownRef?
        var isDemo: Bool

        enum CodingKeys: String, CodingKey {
            case creditCode = "credit_code", name, town, isDemo = "is_demo"
        }
    }

    struct TownRef: Content {
        var code: String
        var nameZh: String
        var nameEn: String

        enum CodingKeys: String, CodingKey {
            case code, nameZh = "name_zh", nameEn = "name_en"
        }
    }

    /// A page of firms ordered by credit code.
    func list(_ filter: Filter, page: PageRequest) async throws -> CursorPage<Row> {
        let query = Enterprise.query(on: db).scoped(to: principal).with(\.$town).sort(\.$creditCode)
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query.group(.or) { group in
                group.filter(\.$name ~~ text).filter(\.$creditCode == text.uppercased())
            }
        }
        if let townCode = filter.townCode, !townCode.isEmpty {
            let townID = try await Town.query(on: db).filter(\.$code == townCode).first()?.id
            query.filter(\.$town.$id == townID)
        }
        if let after = page.after {
            query.filter(\.$creditCode > after)
        }
        let rows = try await query.limit(page.limit + 1).all()
        let items = rows.prefix(page.limit).map(Self.row)
        let next = rows.count > page.limit ? items.last.map { PageRequest.encode($0.creditCode) } : nil
        return CursorPage(items: Array(items), nextCursor: next)
    }

    /// One firm, or nil when it does not exist or lies outside the account's scope: the caller
    /// answers 404 in both cases, so a firm's existence is not revealed.
    func find(creditCode: String) async throws -> Row? {
        try await Enterprise.query(on: db).scoped(to: principal).with(\.$town)
            .filter(\.$creditCode == creditCode.uppercased()).first().map(Self.row)
    }

    static func row(_ enterprise: Enterprise) -> Row {
        Row(creditCode: enterprise.creditCode, name: enterprise.name,
            town: enterprise.town.map { TownRef(code: $0.code, nameZh: $0.nameZh, nameEn: $0.nameEn) },
            isDemo: enterprise.isDemo)
    }
}
