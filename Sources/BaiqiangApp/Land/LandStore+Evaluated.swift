import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    /// The parcels matching `filter` within `window`, by number, each with the facts `rules`
    /// looked at, the rules that fire on `day` and its latest disposal's status: what the list,
    /// the parcel page, the map and the API all show. After `after` and at most `limit` when
    /// given (a page of the API), reading on until the page is full.
    /// Without `shapes`, each record's geometry is empty: for the list and totals, which draw none.
    func evaluatedParcels(_ filter: Filter, rules: [LowEfficiencyRule], within window: GeoExtent? = nil, after: String? = nil,
                          limit: Int? = nil, shapes: Bool = true, on day: LocalDate) async throws -> [EvaluatedParcel] {
        guard let limit else {
            let query = parcelQuery(filter, within: window)
            if let after { query.filter(\.$number > after) }
            let rows = try await query.rows(shapes: shapes)
            // Every parcel of a town or the county: the county's disposals, far fewer than its
            // parcels, in one read rather than a query per few hundred numbers.
            let statuses = try await latestDisposalStatusesOfCounty()
            return try await evaluate(rows, rules: rules, statuses: statuses, on: day, keeping: filter)
        }
        // The rule, disposal and class criteria are known only after evaluating, so a page may
        // take several batches; each batch starts after the last number read.
        var matched: [EvaluatedParcel] = []
        var cursor = after
        let narrowedLater = filter.text != nil || filter.rule != nil || filter.disposal != nil || filter.holderClass != nil
        let batch = narrowedLater ? max(limit, 200) : limit
        while matched.count < limit {
            let query = parcelQuery(filter, within: window).limit(batch)
            if let cursor { query.filter(\.$number > cursor) }
            let parcels = try await query.rows()
            let statuses = try await latestDisposalStatuses(parcels.map(\.number))
            matched += try await evaluate(parcels, rules: rules, statuses: statuses, on: day, keeping: filter)
            guard parcels.count == batch, let last = parcels.last?.number else { break }
            cursor = last
        }
        return Array(matched.prefix(limit))
    }

    /// One parcel, evaluated; nil when the account may not see it (or it does not exist).
    func evaluatedParcel(number: String, rules: [LowEfficiencyRule], on day: LocalDate) async throws -> EvaluatedParcel? {
        let rows = try await parcels().filter(\.$number == number).limit(1).rows()
        return try await evaluate(rows, rules: rules, statuses: try await latestDisposalStatuses([number]), on: day).first
    }

    /// Facts, findings and disposal status of each parcel in one pass, keeping those `filter`
    /// matches: a whole county's parcels are large values, and every extra copy of them cost
    /// more than the rules themselves.
    private func evaluate(_ rows: [ParcelRow], rules: [LowEfficiencyRule], statuses: [String: DisposalStatus],
                          on day: LocalDate, keeping filter: Filter? = nil) async throws -> [EvaluatedParcel] {
        let holders = try await holderFacts(Set(rows.lazy.compactMap { $0.record?.holderCreditCode }))
        var evaluated: [EvaluatedParcel] = []
        evaluated.reserveCapacity(rows.count)
        for row in rows {
            guard let record = row.record else { continue }
            let facts = holders.facts(of: record)
            let parcel = EvaluatedParcel(record: record, isDemo: row.isDemo, facts: facts,
                                         findings: LowEfficiencyEvaluator.findings(facts, rules: rules, on: day),
                                         disposalStatus: statuses[record.number])
            if filter?.matches(parcel) ?? true { evaluated.append(parcel) }
        }
        return evaluated
    }

    /// The status of each parcel's latest disposal, for parcels that have one.
    func latestDisposalStatuses(_ numbers: [String]) async throws -> [String: DisposalStatus] {
        try await latestDisposalStatuses(in: numbers.chunked(500).map { Array($0) })
    }

    /// The status of the latest disposal of every parcel of the county that has one. (Not read
    /// by town: a disposal keeps the town its parcel had when it began.)
    func latestDisposalStatusesOfCounty() async throws -> [String: DisposalStatus] {
        try await latestDisposalStatuses(in: [nil])
    }

    /// One query per group of parcel numbers (nil: the whole county). A parcel's disposals all
    /// fall in one group, so each parcel's arrive in the order they started.
    private func latestDisposalStatuses(in groups: [[String]?]) async throws -> [String: DisposalStatus] {
        var disposals: [String: [Disposal]] = [:]
        for numbers in groups {
            let query = LandDisposal.query(on: db, county: county)
            if let numbers { query.filter(\.$parcelNumber ~~ numbers) }
            for row in try await query.sort(\.$started).all() {
                if let disposal = row.disposal { disposals[disposal.parcelNumber, default: []].append(disposal) }
            }
        }
        return disposals.compactMapValues(EvaluatedParcel.latestStatus(of:))
    }
}
