import Foundation

/// Generated parcels for `--demo` (演示数据): small rectangles, none overlapping another, clustered
/// around a point per town, held by the town's demo firms, with dates, plot ratios and
/// commitments spread so that every low-efficiency rule fires somewhere. The same seed gives the same parcels.
///
/// The cluster points are spread over the county's extent in a ring; they are a demo layout,
/// not where the towns are.
public enum DemoParcels {
    /// Heshan's extent as DOMAIN.md gives it: about 112.45–113.06°E, 22.45–22.86°N.
    public static let heshanExtent = GeoExtent(minLongitude: 112.45, maxLongitude: 113.06, minLatitude: 22.45, maxLatitude: 22.86)

    public static let defaultCount = 3_000

    /// `holders` are the demo firms of each town, by town code; a town without firms gets
    /// parcels without a holder (approved but not yet supplied).
    public static func generate(towns: [String], holders: [String: [String]], count: Int = defaultCount,
                                extent: GeoExtent = heshanExtent, today: LocalDate, seed: UInt64) -> [ParcelRecord] {
        guard !towns.isEmpty, count > 0 else { return [] }
        var rng = SplitMix64(seed: seed, index: 0, stream: 0x1A4D)
        let centreLon = (extent.minLongitude + extent.maxLongitude) / 2
        let centreLat = (extent.minLatitude + extent.maxLatitude) / 2
        let radiusLon = (extent.maxLongitude - extent.minLongitude) * 0.32
        let radiusLat = (extent.maxLatitude - extent.minLatitude) * 0.32
        let anchors = towns.indices.map { index -> Position in
            let angle = 2 * Double.pi * Double(index) / Double(towns.count)
            return Position(longitude: centreLon + radiusLon * cos(angle), latitude: centreLat + radiusLat * sin(angle))
        }
        var records: [ParcelRecord] = []
        records.reserveCapacity(count)
        var occupied = [Set<DemoCell>](repeating: [], count: towns.count)
        for serial in 1...count {
            let townIndex = (serial - 1) % towns.count
            let town = towns[townIndex]
            let anchor = anchors[townIndex]
            // A parcel of 40–260 m a side in a free cell of a 300 m grid about its town's point, so
            // no two parcels of a town overlap (the import refuses overlaps).
            let width = rng.uniform(40...260), depth = rng.uniform(40...260)
            let cell = DemoCell.free(near: (rng.normal() * 0.013 * 111_320 * cos(anchor.latitude * .pi / 180) / DemoCell.size,
                                            rng.normal() * 0.012 * 111_320 / DemoCell.size),
                                     avoiding: &occupied[townIndex], rng: &rng)
            let metresPerDegreeLat = 111_320.0, metresPerDegreeLon = 111_320 * cos(anchor.latitude * .pi / 180)
            let lon = anchor.longitude + (Double(cell.column) * DemoCell.size - width / 2) / metresPerDegreeLon
            let lat = anchor.latitude + (Double(cell.row) * DemoCell.size - depth / 2) / metresPerDegreeLat
            let dLat = depth / metresPerDegreeLat, dLon = width / metresPerDegreeLon
            let ring = [Position(longitude: lon, latitude: lat), Position(longitude: lon + dLon, latitude: lat),
                        Position(longitude: lon + dLon, latitude: lat + dLat), Position(longitude: lon, latitude: lat + dLat),
                        Position(longitude: lon, latitude: lat)]
            let geometry = ParcelGeometry.polygon(Polygon(exterior: ring))
            var record = ParcelRecord(number: String(format: "DEMO-%@-%05d", town, serial), geometry: geometry,
                                      area: EllipsoidalArea.area(of: geometry))
            record.townCode = town
            record.landUse = "工业用地"
            let firms = holders[town] ?? []
            if firms.isEmpty || rng.chance(0.04) {
                record.approvedNotSuppliedSince = today.adding(days: -rng.integer(200...2_500))
            } else {
                record.holderCreditCode = firms[rng.integer(0...(firms.count - 1))]
                record.supplyWay = rng.chance(0.85) ? .transfer : (rng.chance(0.5) ? .lease : .allocation)
                let supplied = today.adding(days: -rng.integer(120...5_500))
                record.supplyDate = supplied
                record.contractedStart = supplied.adding(days: rng.integer(90...365))
                record.contractedCompletion = record.contractedStart?.adding(days: rng.integer(365...900))
                let delay = rng.integer(-30...200)
                if let start = record.contractedStart, !rng.chance(0.08), start.adding(days: delay) <= today {
                    record.actualStart = start.adding(days: delay)
                }
                record.plotRatio = (rng.uniform(0.4...2.8) * 100).rounded() / 100
                if rng.chance(0.3) {
                    record.committedPlotRatio = (rng.uniform(1.0...2.5) * 10).rounded() / 10
                    record.committedInvestmentIntensityWan = (rng.uniform(200...450)).rounded()
                    record.committedTaxPerMuWan = (rng.uniform(10...30)).rounded()
                    if rng.chance(0.7) {
                        record.checkedInvestmentIntensityWan = (record.committedInvestmentIntensityWan! * rng.uniform(0.7...1.3)).rounded()
                        record.checkedTaxPerMuWan = (record.committedTaxPerMuWan! * rng.uniform(0.6...1.4)).rounded()
                    }
                }
                record.floorAreaSquareMetres = ((record.plotRatio ?? 1) * record.area.squareMetres).rounded()
            }
            records.append(record)
        }
        return records
    }
}

/// A square of the demo's grid about a town's point, by column (east) and row (north).
struct DemoCell: Hashable {
    /// Metres a side: more than the largest demo parcel, so parcels in different cells never meet.
    static let size = 300.0

    var column: Int
    var row: Int

    /// The cell at `wanted` (in cells from the town's point) if free, else another drawn near it,
    /// else the nearest free one; marked taken.
    static func free(near wanted: (Double, Double), avoiding taken: inout Set<DemoCell>, rng: inout SplitMix64) -> DemoCell {
        var candidate = DemoCell(column: Int(wanted.0.rounded()), row: Int(wanted.1.rounded()))
        var attempts = 0
        while taken.contains(candidate), attempts < 20 {
            candidate = DemoCell(column: candidate.column + rng.integer(-2...2), row: candidate.row + rng.integer(-2...2))
            attempts += 1
        }
        var radius = 1
        while taken.contains(candidate) {
            let ring = (-radius...radius).flatMap { dx in (-radius...radius).map { dy in DemoCell(column: dx, row: dy) } }
                .filter { max(abs($0.column), abs($0.row)) == radius && !taken.contains($0) }
            if let first = ring.first { candidate = first }
            radius += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

extension DemoParcels {
    /// Disposals for about one held parcel in eight: some completed over the last few years,
    /// the rest under way. One disposal per parcel, never larger than it.
    public static func disposals(of records: [ParcelRecord], today: LocalDate, seed: UInt64) -> [Disposal] {
        var rng = SplitMix64(seed: seed, index: 1, stream: 0xD15B)
        var disposals: [Disposal] = []
        for record in records where record.holderCreditCode != nil && rng.chance(0.125) {
            let action = DisposalAction.allCases[rng.integer(0...(DisposalAction.allCases.count - 1))]
            let area = LandArea(squareMetres: (record.area.squareMetres * rng.uniform(0.5...1.0)).rounded(.down))
            let started = today.adding(days: -rng.integer(30...1_400))
            let finished = started.adding(days: rng.integer(60...400))
            let done = finished <= today && rng.chance(0.7)
            disposals.append(Disposal(parcelNumber: record.number, action: action, area: area, started: started,
                                      completed: done ? finished : nil, status: done ? .completed : .inProgress,
                                      responsibleUnit: record.townCode))
        }
        return disposals
    }
}
