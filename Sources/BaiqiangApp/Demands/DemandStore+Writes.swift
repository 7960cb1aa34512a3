import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// What the audit log keeps of a demand: its state and texts, never an attachment's bytes.
struct DemandSnapshot: Codable, Sendable {
    var trackingNumber: String
    var state: DemandState
    var description: String

    init(_ demand: Demand) throws {
        trackingNumber = demand.trackingNumber
        state = try demand.state
        description = demand.text
    }
}

/// An uploaded file to attach.
struct DemandUpload: Sendable {
    var fileName: String
    var data: Data
}

/// The attachment rules, kept in Core (`AttachmentInspection`): at most 5 MB, and only PDF,
/// JPEG, PNG, DOCX or XLSX whose whole structure checks out, the extension agreeing with it.
enum DemandAttachmentPolicy {
    static let maximumBytes = AttachmentInspection.maximumBytes

    static func check(_ upload: DemandUpload) throws -> String {
        do throws(AttachmentRefusal) {
            return try AttachmentInspection.inspect(fileName: upload.fileName, data: upload.data).contentType
        } catch {
            throw DemandInputError(message: error.message)
        }
    }
}

extension DemandStore {
    /// Optional facts of a submission beyond Core's `DemandSubmission`.
    struct Extras: Sendable {
        var address: String?
        var latitude: Double?
        var longitude: Double?
        var channel = "web"
        var upload: DemandUpload?
    }

    /// Raises a demand: Core checks the text, category and role; the firm must exist; the
    /// attachment is checked; the demand, its first event and the audit row are written together.
    static func submit(_ submission: DemandSubmission, by actor: DemandActor, extras: Extras, writer: Writer) async throws -> Demand {
        let submission = try checked(submission, by: actor, extras: extras)
        _ = try extras.upload.map(DemandAttachmentPolicy.check)
        return try await writer.transaction { db, audit in
            try await insert(submission, by: actor, extras: extras, fromVisit: false, writer: writer, db: db, audit: audit)
        }
    }

    /// Raises a demand inside a transaction the caller holds (a visit's, say, so the visit and
    /// its demand are written together); `fromVisit` lets whoever records visits raise it.
    static func insert(_ submission: DemandSubmission, by actor: DemandActor, extras: Extras, fromVisit: Bool,
                       writer: Writer, db: any Database, audit: AuditRecorder) async throws -> Demand {
        let submission = try checked(submission, by: actor, extras: extras)
        let contentType = try extras.upload.map(DemandAttachmentPolicy.check)
        let county = writer.countyCode
        do {
            let now = writer.environment.nowToTheSecond
            var submission = submission
            guard let enterprise = try await Enterprise.query(on: db, county: county).filter(\.$creditCode == submission.enterpriseCode).first() else {
                throw DemandInputError(message: BilingualText(zh: "未知的企业 “\(submission.enterpriseCode)”",
                                                              en: "Unknown enterprise “\(submission.enterpriseCode)”"))
            }
            var townID = enterprise.$town.id
            if let code = submission.townCode, !code.isEmpty {
                guard let town = try await Town.query(on: db, county: county).filter(\.$code == code).first() else {
                    throw DemandInputError(message: BilingualText(zh: "未知的镇街 “\(code)”", en: "Unknown town “\(code)”"))
                }
                townID = town.id
            } else if let townID {
                submission.townCode = try await Town.find(townID, on: db)?.code
            }
            let state = try await DemandStore(db: db, environment: writer.environment, county: writer.countyCode).workflow().submit(submission, by: actor, at: now, fromVisit: fromVisit)
            let demand = Demand()
            demand.countyCode = county
            demand.trackingNumber = try await nextTrackingNumber(now, county: county, on: db)
            demand.enterpriseID = enterprise.id
            demand.townID = townID
            demand.text = submission.description.trimmingCharacters(in: .whitespacesAndNewlines)
            demand.address = extras.address
            demand.latitude = extras.latitude
            demand.longitude = extras.longitude
            demand.channel = extras.channel
            demand.version = 1
            try demand.setState(state)
            try await demand.create(on: db)
            let id = try demand.requireID()
            let event = DemandEvent(demandID: id, action: "submit", actor: writer.actor.name, role: writer.actor.role,
                                    at: now, note: nil, statusAfter: state.status.rawValue)
            event.countyCode = county
            try await event.create(on: db)
            if let upload = extras.upload, let contentType {
                let attachment = DemandAttachment()
                attachment.demandID = id
                attachment.countyCode = county
                attachment.fileName = upload.fileName
                attachment.contentType = contentType
                attachment.size = upload.data.count
                attachment.data = upload.data
                attachment.createdAt = now
                try await attachment.create(on: db)
            }
            try await audit.record(.demandSubmit, entity: .demand, id: demand.trackingNumber,
                                   before: nil as DemandSnapshot?, after: try DemandSnapshot(demand))
            return demand
        }
    }

    /// The submission as it will be filed, or why not, decided before anything is looked up:
    /// every field within its limits; an enterprise files for itself only (another firm's code
    /// and an unknown one are refused alike) and into its own town (a town it names is not taken).
    static func checked(_ submission: DemandSubmission, by actor: DemandActor, extras: Extras) throws -> DemandSubmission {
        try checkFields(submission, extras: extras)
        var submission = submission
        submission.enterpriseCode = submission.enterpriseCode.uppercased()
        try DemandSubmission.checkSubmitter(actor, enterpriseCode: submission.enterpriseCode)
        if actor.role == .enterprise { submission.townCode = nil }
        return submission
    }

    /// Every field of a submission within its limits (`FieldLimits`), named by the key pages,
    /// the API and Open311 send it under; checked before anything is looked up or written.
    static func checkFields(_ submission: DemandSubmission, extras: Extras) throws {
        var check = FieldChecker()
        check.text(submission.categoryCode, .code, field: "category")
        check.text(submission.enterpriseCode, .code, field: "enterprise")
        check.text(submission.townCode, .code, field: "town")
        check.text(submission.description.trimmingCharacters(in: .whitespacesAndNewlines), .demandText, field: "description")
        check.text(extras.address, .address, field: "address")
        check.number(extras.latitude, in: FieldLimits.latitude, field: "lat")
        check.number(extras.longitude, in: FieldLimits.longitude, field: "long")
        check.text(extras.upload?.fileName, .fileName, field: "attachment")
        try check.finish()
    }

    /// SQ + the Beijing date + a sequence of the day: `SQ20261126-0001`.
    static func nextTrackingNumber(_ now: Date, county: String, on db: any Database) async throws -> String {
        let day = ShanghaiTime.day(of: now)
        let prefix = "SQ" + String(format: "%04d%02d%02d", day.year, day.month, day.day) + "-"
        let last = try await Demand.query(on: db, county: county).filter(\.$trackingNumber >= prefix).filter(\.$trackingNumber < prefix + "~")
            .sort(\.$trackingNumber, .descending).first()?.trackingNumber
        let serial = last.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
        return prefix + String(format: "%04d", serial + 1)
    }

    /// The transition itself, inside the caller's transaction.
    static func apply(_ action: DemandAction, to demand: Demand, actor: DemandActor, note: String?,
                      db: any Database, audit: AuditRecorder, writer: Writer) async throws -> Demand {
        let now = writer.environment.nowToTheSecond
        let before = try DemandSnapshot(demand)
        let store = DemandStore(db: db, environment: writer.environment, county: writer.countyCode)
        let next = try await store.workflow().apply(action, by: actor, at: now, to: before.state)
        if let unit = action.handlingUnit { try await store.requireKnownUnit(unit) }
        try demand.setState(next)
        demand.version += 1
        try await demand.update(on: db)
        let event = DemandEvent(demandID: try demand.requireID(), action: action.kind.rawValue, actor: writer.actor.name,
                                role: writer.actor.role, at: now, note: note, statusAfter: next.status.rawValue)
        event.countyCode = demand.countyCode
        try await event.create(on: db)
        try await audit.record(.demand(action.kind), entity: .demand, id: demand.trackingNumber,
                               before: before, after: try DemandSnapshot(demand))
        return demand
    }

    /// The unit the routing rules name for a category and town: a rule for the town first, then
    /// one for any town.
    func route(category: String, town: String?) async throws -> HandlingUnit? {
        let rules = try await DemandRoutingRule.query(on: db, county: county).filter(\.$categoryCode == category).all()
        let rule = rules.first { $0.townCode == town } ?? rules.first { $0.townCode == DemandRoutingRule.anyTown }
        guard let rule, let kind = HandlingUnit.Kind(rawValue: rule.handlerKind) else { return nil }
        return HandlingUnit(kind, code: rule.handlerCode)
    }
}
