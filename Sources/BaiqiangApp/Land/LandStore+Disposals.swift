import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    /// The disposals of one parcel, oldest first.
    func disposals(ofParcel number: String) async throws -> [StoredDisposal] {
        try await LandDisposal.query(on: db).scoped(to: principal).filter(\.$parcelNumber == number).sort(\.$started).all()
            .compactMap(StoredDisposal.init)
    }

    /// One disposal the account may see.
    func disposal(id: UUID) async throws -> StoredDisposal? {
        try await LandDisposal.query(on: db).scoped(to: principal).filter(\.$id == id).first().flatMap(StoredDisposal.init)
    }

    /// Every completed disposal of the county, for the plan's figure.
    func completedDisposals() async throws -> [Disposal] {
        try await LandDisposal.query(on: db, county: county).filter(\.$status == DisposalStatus.completed.rawValue).all()
            .compactMap(\.disposal)
    }

    /// The completed disposals, demo and real kept apart, so the plan's figure can say what it
    /// rests on.
    func completedDisposalsByOrigin() async throws -> (demo: [Disposal], real: [Disposal]) {
        let rows = try await LandDisposal.query(on: db, county: county).filter(\.$status == DisposalStatus.completed.rawValue).all()
        return (rows.filter(\.isDemo).compactMap(\.disposal), rows.filter { !$0.isDemo }.compactMap(\.disposal))
    }

    /// Records disposals, each checked against its parcel and the parcel's other disposals, in
    /// one audited transaction: one that fails the checks records none.
    static func record(_ disposals: [Disposal], isDemo: Bool, writer: Writer) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            // The parcels and their stored disposals in a few queries, not two per disposal.
            let numbers = Array(Set(disposals.map(\.parcelNumber))).sorted()
            var parcels: [String: ParcelRecord] = [:], stored: [String: [Disposal]] = [:]
            for chunk in numbers.chunked(500) {
                for parcel in try await Parcel.query(on: db, county: county).filter(\.$number ~~ Array(chunk)).rows() {
                    parcels[parcel.number] = parcel.record
                }
                for row in try await LandDisposal.query(on: db, county: county).filter(\.$parcelNumber ~~ Array(chunk)).all() {
                    if let disposal = row.disposal { stored[disposal.parcelNumber, default: []].append(disposal) }
                }
            }
            var issues: [LocatedIssue] = []
            var accepted: [Disposal] = []
            for (offset, disposal) in disposals.enumerated() {
                guard let parcel = parcels[disposal.parcelNumber] else {
                    issues.append(LocatedIssue(row: offset + 1, column: "parcel_number", reason: BilingualText(
                        zh: "没有宗地“\(disposal.parcelNumber)”", en: "No parcel '\(disposal.parcelNumber)'")))
                    continue
                }
                let others = (stored[disposal.parcelNumber] ?? []) + accepted
                for problem in DisposalCheck.problems(disposal, parcelArea: parcel.area, others: others) {
                    issues.append(LocatedIssue(row: offset + 1, column: nil, reason: problem))
                }
                accepted.append(disposal)
                let row = LandDisposal()
                row.apply(disposal, parcel: parcel, county: county, isDemo: isDemo)
                try await row.create(on: db)
            }
            guard issues.isEmpty else { throw DisposalInputError(locatedIssues: issues) }
            try await audit.record(.landDisposalsRecorded, entity: .landDisposal, id: String(disposals.count),
                                   before: nil as Int?, after: disposals.count)
        }
    }

    /// Whether the county has parcels yet (the demo fills an empty register only).
    static func hasParcels(on db: any Database, county: String) async throws -> Bool {
        try await Parcel.query(on: db, county: county).count() > 0
    }

    /// The county's demo firms by town code: the demo's parcel holders.
    static func demoHolders(on db: any Database, county: String) async throws -> [String: [String]] {
        let towns = try await OrganisationStore(db: db, county: county).towns()
        let codeByID = Dictionary(uniqueKeysWithValues: towns.compactMap { town in town.id.map { ($0, town.code) } })
        var holders: [String: [String]] = [:]
        for firm in try await Enterprise.query(on: db, county: county).filter(\.$isDemo == true)
            .field(\.$creditCode).field(\.$town.$id).sort(\.$creditCode).all() {
            if let id = firm.$town.id, let code = codeByID[id] { holders[code, default: []].append(firm.creditCode) }
        }
        return holders
    }
}

/// Disposals refused, each with its row and reason; nothing was recorded.
struct DisposalInputError: LocatedIssues {
    var locatedIssues: [LocatedIssue]

    var kind: FailureKind { .invalidInput }

    var message: BilingualText {
        BilingualText(zh: locatedIssues.map { issue in
            (issue.row.map { "第 \($0) 项：" } ?? "") + (issue.column.map { "“\($0)”" } ?? "") + issue.reason.zh
        }.joined(separator: "；"), en: locatedIssues.map { issue in
            (issue.row.map { "Item \($0): " } ?? "") + (issue.column.map { "'\($0)': " } ?? "") + issue.reason.en
        }.joined(separator: "; "))
    }
}

/// A disposal as stored: its id, the town of its parcel and whether it is demo data.
struct StoredDisposal: Sendable {
    var id: UUID
    var disposal: Disposal
    var townCode: String?
    var isDemo: Bool

    init?(_ row: LandDisposal) {
        guard let id = row.id, let disposal = row.disposal else { return nil }
        self.init(id: id, disposal: disposal, townCode: row.townCode, isDemo: row.isDemo)
    }

    init(id: UUID, disposal: Disposal, townCode: String?, isDemo: Bool) {
        self.id = id
        self.disposal = disposal
        self.townCode = townCode
        self.isDemo = isDemo
    }
}
