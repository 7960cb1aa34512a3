/// Parcels of one town may not overlap (宗地重叠检查): one piece of land has one holder. Two
/// surveys of neighbouring parcels rarely meet exactly, so a sliver is tolerated.
public enum ParcelOverlap {
    /// The tolerated overlap, the county's choice (Heshan's, as a data owner's decision, not a
    /// national standard): up to 1 m², or up to 0.5% of the smaller parcel when that is more.
    /// 1 m² absorbs digitising slivers between small parcels; 0.5% grows with the parcel, since
    /// a boundary surveyed to a few centimetres shifts a large parcel's area by more than 1 m²
    /// while a real double allocation is a sizeable share of it.
    public static let toleratedSquareMetres = 1.0
    public static let toleratedShareOfSmaller = 0.005

    /// The largest overlap accepted between two parcels, the smaller of which has `smaller` m².
    public static func tolerance(smaller: Double) -> Double {
        max(toleratedSquareMetres, toleratedShareOfSmaller * smaller)
    }

    public enum Other: Sendable, Hashable {
        /// Another candidate, by its index.
        case candidate(Int)
        /// A stored parcel, by its number.
        case stored(String)
    }

    public struct Found: Sendable, Hashable {
        /// The candidate's index; for two candidates, the first of the pair.
        public var index: Int
        public var other: Other
        public var squareMetres: Double
    }

    /// Every overlap beyond the tolerance between two parcels of the same town where at least
    /// one is a candidate. Parcels without a town are not compared.
    public static func overlaps(among candidates: [ParcelRecord], stored: [ParcelRecord]) -> [Found] {
        struct Item {
            var index: Int
            var record: ParcelRecord
            var box: GeoExtent
        }
        var byTown: [String: [Item]] = [:]
        for (index, record) in (candidates + stored).enumerated() {
            guard let town = record.townCode, let box = GeoExtent(enclosing: record.geometry.allPositions) else { continue }
            byTown[town, default: []].append(Item(index: index, record: record, box: box))
        }
        var found: [Found] = []
        for items in byTown.values {
            let sorted = items.sorted { $0.box.minLongitude < $1.box.minLongitude }
            for i in sorted.indices {
                let a = sorted[i]
                var j = i + 1
                while j < sorted.count, sorted[j].box.minLongitude <= a.box.maxLongitude {
                    let b = sorted[j]
                    j += 1
                    guard a.index < candidates.count || b.index < candidates.count,
                          b.box.minLatitude <= a.box.maxLatitude, a.box.minLatitude <= b.box.maxLatitude else { continue }
                    let area = IntersectionArea.squareMetres(a.record.geometry, b.record.geometry)
                    let smaller = min(a.record.area.squareMetres, b.record.area.squareMetres)
                    guard area > tolerance(smaller: smaller) else { continue }
                    let (first, second) = a.index < b.index ? (a, b) : (b, a)
                    let other: Other = second.index < candidates.count ? .candidate(second.index) : .stored(second.record.number)
                    found.append(Found(index: first.index, other: other, squareMetres: area))
                }
            }
        }
        return found.sorted { ($0.index, $0.squareMetres) < ($1.index, $1.squareMetres) }
    }

    static func storedText(number: String, area: Double) -> BilingualText {
        let shown = (area * 10).rounded() / 10
        return BilingualText(zh: "与已登记的同镇街宗地 \(number) 重叠 \(shown) 平方米，超过允许的误差",
                             en: "overlaps the stored parcel \(number) of the same town by \(shown) m², beyond the tolerance")
    }

    static func fileText(place: (zh: String, en: String), other: Int, area: Double) -> BilingualText {
        let shown = (area * 10).rounded() / 10
        return BilingualText(zh: "与本文件第 \(other) \(place.zh)（同镇街）重叠 \(shown) 平方米，超过允许的误差，两者都不导入",
                             en: "overlaps \(place.en) \(other) of this file (same town) by \(shown) m², beyond the tolerance; neither is imported")
    }
}
