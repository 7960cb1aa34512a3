import BaiqiangCore
import Foundation

/// The parcels of a window drawn on the server as SVG: coloured by whether a low-efficiency rule
/// fires, by the holder's class or by the latest disposal's status, filtered like the list, each
/// shape linking to its parcel and, unless the drawing is a large one, carrying its card as a tooltip. Zooming and panning ask for
/// another window, so the shapes are simplified for the scale they are drawn at.
enum LandMapPage {
    enum Colouring: String, CaseIterable {
        case rule, holderClass = "class", disposal

        var label: String {
            switch self {
            case .rule: "land.map_by_rule"
            case .holderClass: "land.map_by_class"
            case .disposal: "land.map_by_disposal"
            }
        }
    }

    struct Model {
        var filter: LandStore.Filter
        var colouring: Colouring
        var viewport: MapViewport
        var shapes: [Shape]
        var towns: [LandTownName]
        var rules: [LowEfficiencyRule]
        var anyDemo: Bool
        /// The grid events (网格事件) with a point in the window that the reader may see: a layer
        /// above the parcels.
        var gridEvents: [EventPoint] = []
    }

    /// A grid event drawn as a dot linking to its page, its category and status as a tooltip.
    struct EventPoint {
        var id: String
        var x: Double
        var y: Double
        var label: String
    }

    struct Shape {
        var number: String
        var path: String
        /// The CSS class that colours it.
        var category: String
        /// Nil when the drawing has too many shapes to carry cards (`cardLimit`).
        var card: String?
    }

    /// The window as the `bbox` query value: west,south,east,north.
    static func bboxText(_ viewport: MapViewport) -> String {
        let e = viewport.extent
        return [e.minLongitude, e.minLatitude, e.maxLongitude, e.maxLatitude].map { String(format: "%.6f", $0) }.joined(separator: ",")
    }

    /// A `bbox` query value read back; nil unless four numbers in order inside China.
    static func extent(bbox text: String?) -> GeoExtent? {
        guard let parts = text?.split(separator: ",").compactMap({ Double($0) }), parts.count == 4,
              parts[0] < parts[2], parts[1] < parts[3] else { return nil }
        let extent = GeoExtent(minLongitude: parts[0], maxLongitude: parts[2], minLatitude: parts[1], maxLatitude: parts[3])
        let china = GeoExtent.china
        guard extent.minLongitude >= china.minLongitude, extent.maxLongitude <= china.maxLongitude,
              extent.minLatitude >= china.minLatitude, extent.maxLatitude <= china.maxLatitude else { return nil }
        return extent
    }
}
