import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// 诉求: one enterprise demand. The workflow's `DemandState` is kept whole as JSON (`state`);
/// every column a list filters or sorts by is copied out of it and indexed.
final class Demand: Model, @unchecked Sendable {
    static let schema = "demands"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    /// 受理编号, shown to the enterprise and used as the Open311 `service_request_id`.
    @Field(key: "tracking_number") var trackingNumber: String
    @Field(key: "category_code") var categoryCode: String
    @Field(key: "status") var status: String
    @OptionalField(key: "enterprise_id") var enterpriseID: UUID?
    @Field(key: "enterprise_code") var enterpriseCode: String
    @OptionalField(key: "town_id") var townID: UUID?
    @OptionalField(key: "town_code") var townCode: String?
    @OptionalField(key: "handler_kind") var handlerKind: String?
    @OptionalField(key: "handler_code") var handlerCode: String?
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "response_deadline") var responseDeadline: Date
    @Field(key: "solution_deadline") var solutionDeadline: Date
    @Field(key: "closure_deadline") var closureDeadline: Date
    @OptionalField(key: "solution_at") var solutionAt: Date?
    @OptionalField(key: "responded_at") var respondedAt: Date?
    @OptionalField(key: "resolved_at") var resolvedAt: Date?
    @OptionalField(key: "satisfaction") var satisfaction: String?
    /// Plain text, shown escaped: markup in it is displayed, never run.
    @Field(key: "description") var text: String
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    /// web, api or open311.
    @Field(key: "channel") var channel: String
    /// The Core `DemandState` as JSON.
    @Field(key: "state") var stateJSON: String
    @Field(key: "version") var version: Int

    init() {
        countyCode = CountyCode.heshan
    }

    /// The unit handling it, from the indexed columns.
    var handler: HandlingUnit? {
        guard let kind = handlerKind.flatMap(HandlingUnit.Kind.init(rawValue:)), let code = handlerCode else { return nil }
        return HandlingUnit(kind, code: code)
    }

    var state: DemandState {
        get throws { try DemandJSON.decoder.decode(DemandState.self, from: Data(stateJSON.utf8)) }
    }

    /// Copies the state and its indexed columns into the row.
    func setState(_ state: DemandState) throws {
        stateJSON = String(decoding: try DemandJSON.encoder.encode(state), as: UTF8.self)
        status = state.status.rawValue
        categoryCode = state.categoryCode
        enterpriseCode = state.enterpriseCode
        townCode = state.townCode
        handlerKind = state.handler?.kind.rawValue
        handlerCode = state.handler?.code
        submittedAt = state.submittedAt
        responseDeadline = state.deadlines.response
        solutionDeadline = state.deadlines.solution
        closureDeadline = state.deadlines.closure
        solutionAt = state.solutionAt
        respondedAt = state.respondedAt
        resolvedAt = state.resolvedAt
        satisfaction = state.satisfaction?.rawValue
    }
}

extension Demand {
    /// The row's indexed columns as the three-rates report reads them (the state JSON is not needed).
    func reportRow() throws -> DemandReportRow {
        guard let status = DemandStatus(rawValue: status) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown demand status “\(status)”"))
        }
        var handler: HandlingUnit?
        if let kind = handlerKind.flatMap(HandlingUnit.Kind.init(rawValue:)), let code = handlerCode {
            handler = HandlingUnit(kind, code: code)
        }
        let record = DemandRecord(
            status: status,
            deadlines: DemandDeadlines(response: responseDeadline, solution: solutionDeadline, closure: closureDeadline),
            respondedAt: respondedAt, solutionAt: solutionAt, resolvedAt: resolvedAt,
            satisfaction: satisfaction.flatMap(Satisfaction.init(rawValue:)), handlerCode: handlerCode, townCode: townCode)
        return DemandReportRow(submittedAt: submittedAt, handler: handler, record: record)
    }
}

extension Demand: Scoped {
    static var townColumn: FieldKey { "town_id" }
    static var enterpriseColumn: FieldKey { "enterprise_id" }
}

/// One step of a demand's handling (流转记录): who, in which role, when, what, and the text given.
final class DemandEvent: Model, @unchecked Sendable {
    static let schema = "demand_events"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "demand_id") var demandID: UUID
    @Field(key: "action") var action: String
    @Field(key: "actor") var actor: String
    @Field(key: "actor_role") var actorRole: String
    @Field(key: "at") var at: Date
    @OptionalField(key: "note") var note: String?
    @Field(key: "status_after") var statusAfter: String

    init() {
        countyCode = CountyCode.heshan
    }

    init(demandID: UUID, action: String, actor: String, role: String, at: Date, note: String?, statusAfter: String) {
        countyCode = CountyCode.heshan
        self.demandID = demandID
        self.action = action
        self.actor = actor
        self.actorRole = role
        self.at = at
        self.note = note
        self.statusAfter = statusAfter
    }
}

/// A file attached to a demand, kept in the database (small: see `DemandAttachmentPolicy`).
final class DemandAttachment: Model, @unchecked Sendable {
    static let schema = "demand_attachments"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "demand_id") var demandID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "data") var data: Data
    @Field(key: "created_at") var createdAt: Date

    init() {
        countyCode = CountyCode.heshan
    }
}

/// 分派规则: demands of a category (and a town, or any town: "*") go to this unit.
final class DemandRoutingRule: Model, @unchecked Sendable {
    static let schema = "demand_routing_rules"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "category_code") var categoryCode: String
    @Field(key: "town_code") var townCode: String
    @Field(key: "handler_kind") var handlerKind: String
    @Field(key: "handler_code") var handlerCode: String

    init() {
        countyCode = CountyCode.heshan
    }

    init(categoryCode: String, townCode: String, handler: HandlingUnit) {
        countyCode = CountyCode.heshan
        self.categoryCode = categoryCode
        self.townCode = townCode
        self.handlerKind = handler.kind.rawValue
        self.handlerCode = handler.code
    }

    /// The unit the rule sends demands to.
    var unit: HandlingUnit? { HandlingUnit.Kind(rawValue: handlerKind).map { HandlingUnit($0, code: handlerCode) } }

    static let anyTown = "*"
}

/// An Open311 API key issued by the county, kept as a SHA-256 digest.
final class Open311Key: Model, @unchecked Sendable {
    static let schema = "open311_keys"

    @ID(key: .id) var id: UUID?
    /// The county the row belongs to (division code); set from the writing principal.
    @Field(key: "county_code") var countyCode: String
    @Field(key: "name") var name: String
    @Field(key: "key_hash") var keyHash: String
    @Field(key: "prefix") var prefix: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {
        countyCode = CountyCode.heshan
    }
}

/// One year of the working-day calendar as an admin keeps it: the year's YAML file, validated by
/// Core before it is stored.
final class CalendarYearRecord: Model, @unchecked Sendable {
    static let schema = "calendar_years"

    @ID(key: .id) var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "yaml") var yaml: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(year: Int, yaml: String, updatedAt: Date) {
        self.year = year
        self.yaml = yaml
        self.updatedAt = updatedAt
    }
}

enum DemandJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension Demand: CountyOwned {}
extension DemandEvent: CountyOwned {}
extension DemandAttachment: CountyOwned {}
extension DemandRoutingRule: CountyOwned {}
extension Open311Key: CountyOwned {}
