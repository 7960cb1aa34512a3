import BaiqiangCore
import Fluent
import Foundation

extension LandStore {
    /// The parcels matching `filter` within `window`, by number, each with the facts the
    /// low-efficiency rules looked at, the rules that fire on `day` and its latest disposal's
    /// status: what the list, the parcel page, the map and the API all show. After `after` and
    /// at most `limit` when given (a page of the API), reading on until the page is full.
    /// Without `shapes`, each record's geometry is empty: for the list and totals, which draw none.
    func evaluatedParcels(_ filter: Filter, within window: GeoExtent? = nil, after: String? = nil, limit: Int? = nil,
                          shapes: Bool = true, on day: LocalDate) async throws -> [EvaluatedParcel] {
        let rules = try await rules()
        guard let limit else {
            let query = parcelQuery(filter, within: window)
            if let after { query.filter(\.$number > after) }
            return try await evaluate(try await query.rows(shapes: shapes), rules: rules, on: day).filter(filter.matches)
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
            matched += try await evaluate(parcels, rules: rules, on: day).filter(filter.matches)
            guard parcels.count == batch, let last = parcels.last?.number else { break }
            cursor = last
        }
        return Array(matched.prefix(limit))
    }

    /// One parcel, evaluated; nil when the account may not see it (or it does not exist).
    func evaluatedParcel(number: String, on day: LocalDate) async throws -> EvaluatedParcel? {
        let rows = try await parcels().filter(\.$number == number).limit(1).rows()
        return try await evaluate(rows, rules: try await rules(), on: day).first
    }

    /// Facts, findings and disposal status for many parcels in a few queries, whatever their number.
    private func evaluate(_ rows: [ParcelRow], rules: [LowEfficiencyRule], on day: LocalDate) async throws -> [EvaluatedParcel] {
        let kept = rows.filter { $0.record != nil }
        let records = kept.compactMap(\.record)
        let facts = try await facts(of: records)
        let statuses = try await latestDisposalStatuses(records.map(\.number))
        var evaluated: [EvaluatedParcel] = []
        evaluated.reserveCapacity(records.count)
        for index in records.indices {
            evaluated.append(EvaluatedParcel(record: records[index], isDemo: kept[index].isDemo, facts: facts[index],
                                             findings: LowEfficiencyEvaluator.findings(facts[index], rules: rules, on: day),
                                             disposalStatus: statuses.isEmpty ? nil : statuses[records[index].number]))
        }
        return evaluated
    }

    /// The status of each parcel's latest disposal, for parcels that have one.
    func latestDisposalStatuses(_ numbers: [String]) async throws -> [String: DisposalStatus] {
        var disposals: [String: [Disposal]] = [:]
        // Many parcels (a whole list, a whole town): one read of the county's disposals, far
        // fewer than its parcels, instead of a query per 500 numbers.
        if numbers.count > 5_000 {
            let wanted = Set(numbers)
            for row in try await LandDisposal.query(on: db, county: county).sort(\.$started).all() where wanted.contains(row.parcelNumber) {
                if let disposal = row.disposal { disposals[disposal.parcelNumber, default: []].append(disposal) }
            }
            return disposals.compactMapValues(EvaluatedParcel.latestStatus(of:))
        }
        for chunk in numbers.chunked(500) {
            for row in try await LandDisposal.query(on: db, county: county).filter(\.$parcelNumber ~~ Array(chunk))
                .sort(\.$started).all() {
                if let disposal = row.disposal { disposals[disposal.parcelNumber, default: []].append(disposal) }
            }
        }
        return disposals.compactMapValues(EvaluatedParcel.latestStatus(of:))
    }
}
