import Foundation

/// A parcels file checked as the platform keeps parcels: converted to longitude-latitude, every
/// shape checked, every property typed and checked, and (once the caller has looked up the
/// stored parcels near them) no two parcels of a town overlapping. Each feature or row ends up
/// either accepted as a record or rejected with its place and reasons; the caller applies all
/// or nothing, or with `--partial` the accepted ones.
public struct ParcelImportBatch: Sendable {
    public struct Accepted: Sendable {
        public var row: Int
        public var record: ParcelRecord
    }

    public private(set) var contents: ParcelFileContents
    public private(set) var accepted: [Accepted]

    /// `asked` is the CRS the user named; nil takes the file's declared one, else
    /// longitude-latitude as RFC 7946 says.
    public init(_ contents: ParcelFileContents, coordinateSystem asked: CoordinateSystem? = nil,
                countyExtent: GeoExtent? = nil, knownTowns: Set<String>) throws(CoordinateSystemError) {
        var contents = contents
        var system = CoordinateSystem.geographic(epsg: 4326)
        if let asked {
            system = asked
        } else if let declared = contents.declaredCRS {
            system = try CoordinateSystem(parsing: declared)
        }
        var accepted: [Accepted] = []
        var rejections: [(row: Int, issues: [ImportIssue])] = []
        for entry in contents.entries {
            var feature = entry.feature
            if case .gaussKruger3Degree = system { feature.geometry = feature.geometry.mapPositions(system.geographic) }
            let shapeIssues = GeometryValidation.problems(of: feature.geometry, countyExtent: countyExtent).map {
                contents.issue(row: entry.row, key: ParcelTableFile.geometryKey, reason: $0.text)
            }
            guard shapeIssues.isEmpty else {
                rejections.append((entry.row, shapeIssues))
                continue
            }
            let (record, located) = ParcelRecordReader.record(from: feature, index: entry.row, knownTowns: knownTowns)
            if let record, located.isEmpty {
                accepted.append(Accepted(row: entry.row, record: record))
            } else {
                rejections.append((entry.row, located.map { contents.issue(row: entry.row, key: $0.column, reason: $0.reason) }))
            }
        }
        for rejection in rejections { contents.reject(rejection.row, issues: rejection.issues) }
        self.contents = contents
        self.accepted = accepted
    }

    /// Features or rows in the file.
    public var rowsRead: Int { contents.rowsRead }

    /// Every problem, in file order.
    public var issues: [ImportIssue] {
        contents.issues.sorted { ($0.row, $0.columnNumber ?? 0) < ($1.row, $1.columnNumber ?? 0) }
    }

    public var isClean: Bool { contents.issues.isEmpty }

    public var records: [ParcelRecord] { accepted.map(\.record) }

    /// Features or rows rejected.
    public var rejectedCount: Int { Set(contents.rejected.map(\.row)).count }

    /// The refusal of the whole file, in the form its format reports: GeoJSON by feature index
    /// and property, tables by row and column.
    public var rejection: any LocatedIssues {
        switch contents.format {
        case .geoJSON: GeoJSONError(issues: issues.map { LocatedIssue(row: $0.row, column: $0.column, reason: $0.reason) })
        case .csv, .xlsx: ImportRejected(issues: issues, rowsRead: rowsRead)
        }
    }

    /// The rejected rows with a reason column (CSV with BOM): a table's rows as written, or a
    /// GeoJSON file's feature indices; nil when nothing was rejected.
    public var rejectedFile: [UInt8]? {
        guard !contents.rejected.isEmpty else { return nil }
        return RejectedRowsWriter.csv(header: contents.header, rows: contents.rejected.sorted { $0.row < $1.row })
    }

    /// The bounding box of the accepted parcels, to look up stored parcels that may overlap.
    public var extent: GeoExtent? {
        GeoExtent(enclosing: accepted.flatMap { $0.record.geometry.allPositions })
    }

    /// Rejects every accepted parcel that overlaps another of its town beyond the tolerance
    /// (`ParcelOverlap`): one already stored (`stored`, the county's parcels near these, whose
    /// numbers this file does not replace), or another of this file, in which case both are
    /// rejected, as two rows with the same key are.
    public mutating func rejectOverlaps(with stored: [ParcelRecord]) {
        let replaced = Set(accepted.map(\.record.number))
        let kept = stored.filter { !replaced.contains($0.number) }
        var reasons: [Int: [BilingualText]] = [:]
        for overlap in ParcelOverlap.overlaps(among: accepted.map(\.record), stored: kept) {
            let row = accepted[overlap.index].row
            switch overlap.other {
            case .stored(let number):
                reasons[row, default: []].append(ParcelOverlap.storedText(number: number, area: overlap.squareMetres))
            case .candidate(let other):
                let otherRow = accepted[other].row
                let place = contents.format == .geoJSON ? ("个要素", "feature") : ("行", "row")
                reasons[row, default: []].append(ParcelOverlap.fileText(place: place, other: otherRow, area: overlap.squareMetres))
                reasons[otherRow, default: []].append(ParcelOverlap.fileText(place: place, other: row, area: overlap.squareMetres))
            }
        }
        guard !reasons.isEmpty else { return }
        for (row, texts) in reasons.sorted(by: { $0.key < $1.key }) {
            contents.issues += texts.map { contents.issue(row: row, key: ParcelTableFile.geometryKey, reason: $0) }
            contents.rejected.append(RejectedRow(row: row, cells: cells(of: row), reasons: texts))
        }
        accepted.removeAll { reasons[$0.row] != nil }
    }

    private func cells(of row: Int) -> [String] {
        contents.format == .geoJSON ? ["\(row)"] : contents.entries.first { $0.row == row }?.cells ?? []
    }
}
