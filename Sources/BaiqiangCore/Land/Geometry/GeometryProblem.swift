/// Why a parcel's geometry is refused, said in both languages. `ring` is 1-based in the order
/// of the file: exterior first, then holes, polygon after polygon.
public enum GeometryProblem: Sendable, Hashable {
    /// 环未闭合: the last position is not the first.
    case unclosedRing(ring: Int)
    /// 坐标点少于 4 个: a closed ring needs at least three corners and the closing position.
    case tooFewPositions(ring: Int, count: Int)
    /// 自相交: two edges of the ring cross or touch away from their shared corner.
    case selfIntersecting(ring: Int, at: Position)
    /// 面积为零: every corner lies on one line.
    case noArea(ring: Int)
    /// 洞不在外环内: a hole (interior ring) leaves its polygon's exterior ring.
    case holeOutsideExterior(ring: Int)
    /// 坐标超出中国范围.
    case outsideChina(Position)
    /// 坐标超出中国范围, but inside it with longitude and latitude exchanged: the file was
    /// written latitude first.
    case axesSwapped(Position)
    /// 坐标超出本县范围.
    case outsideCounty(Position, GeoExtent)
    /// 坐标不是有限数.
    case notFinite

    public var text: BilingualText {
        switch self {
        case .unclosedRing(let ring):
            BilingualText(zh: "第 \(ring) 个环未闭合（最后一个坐标点须与第一个相同）",
                          en: "ring \(ring) is not closed (its last position must equal its first)")
        case .tooFewPositions(let ring, let count):
            BilingualText(zh: "第 \(ring) 个环只有 \(count) 个坐标点，至少需要 4 个",
                          en: "ring \(ring) has \(count) positions; at least 4 are needed")
        case .selfIntersecting(let ring, let at):
            BilingualText(zh: "第 \(ring) 个环自相交（约在 \(at.x), \(at.y)）",
                          en: "ring \(ring) intersects itself (near \(at.x), \(at.y))")
        case .noArea(let ring):
            BilingualText(zh: "第 \(ring) 个环面积为零（所有点在一条直线上）",
                          en: "ring \(ring) has no area (all its positions lie on one line)")
        case .holeOutsideExterior(let ring):
            BilingualText(zh: "第 \(ring) 个环是洞，但不完全在所属多边形的外环之内",
                          en: "ring \(ring) is a hole but does not lie within its polygon's exterior ring")
        case .axesSwapped(let p):
            BilingualText(zh: "坐标 \(p.x), \(p.y) 超出中国范围，但经纬度互换后在范围内：文件似乎先写纬度后写经度，请按“经度 纬度”顺序书写",
                          en: "position \(p.x), \(p.y) lies outside China, but inside it with the axes exchanged: the file seems to give latitude first; write longitude, then latitude")
        case .outsideChina(let p):
            BilingualText(zh: "坐标 \(p.x), \(p.y) 超出中国范围（东经 73–136°，北纬 3–54°）；经纬度是否颠倒，或坐标系未声明？",
                          en: "position \(p.x), \(p.y) lies outside China (73–136°E, 3–54°N); are longitude and latitude swapped, or is the CRS undeclared?")
        case .outsideCounty(let p, let extent):
            BilingualText(zh: "坐标 \(p.x), \(p.y) 超出本县范围（\(extent.text)）",
                          en: "position \(p.x), \(p.y) lies outside the county (\(extent.text))")
        case .notFinite:
            BilingualText(zh: "坐标不是有限数", en: "a coordinate is not a finite number")
        }
    }
}
