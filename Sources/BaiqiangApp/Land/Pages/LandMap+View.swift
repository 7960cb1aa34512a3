import BaiqiangCore
import BaiqiangHTML
import Foundation

extension LandMapPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(context, title: context.t("land.map"), active: .land,
            .div(.class("page-head"), .h1(.text(context.t("land.map"))),
                 .nav(.class("page-actions"),
                      .a(.class("button"), .href(SiteURL.land.path), .text(context.t("land.list"))),
                      .a(.class("button"), .href(link(model, path: SiteURL.landMapSVG.path)), .text(context.t("land.map_download_svg"))))),
            .if(model.anyDemo, Layout.notice("warning", context.t("land.demo_notice"))),
            filterForm(model, context),
            .nav(.class("map-controls"),
                 control(model, context, "land.map_zoom_in", model.viewport.zoomed(by: 2)),
                 control(model, context, "land.map_zoom_out", model.viewport.zoomed(by: 0.5)),
                 control(model, context, "land.map_west", model.viewport.panned(dx: -0.4, dy: 0)),
                 control(model, context, "land.map_east", model.viewport.panned(dx: 0.4, dy: 0)),
                 control(model, context, "land.map_north", model.viewport.panned(dx: 0, dy: 0.4)),
                 control(model, context, "land.map_south", model.viewport.panned(dx: 0, dy: -0.4))),
            legend(model, context),
            frame(model, context),
            .p(.class("muted"), .text(context.t("land.map_count", ["count": String(model.shapes.count)]))),
            .if(model.shapes.count > cardLimit, .p(.class("muted"), .text(context.t("land.map_cards_hidden", ["count": String(cardLimit)])))),
            .staticScript("/static/js/land-map.js"))
    }

    /// The map with what the map script needs: where to ask for another window (the filters and
    /// colouring without the window) and its buttons' words. Without script it is just the map.
    static func frame(_ model: Model, _ context: PageContext) -> Node {
        .div(.class("map-frame"),
             .attribute(named: "data-svg", value: link(model, path: SiteURL.landMapSVG.path, window: false)),
             .attribute(named: "data-page", value: link(model, path: SiteURL.landMap.path, window: false)),
             .attribute(named: "data-label-zoom-in", value: context.t("land.map_zoom_in")),
             .attribute(named: "data-label-zoom-out", value: context.t("land.map_zoom_out")),
             .attribute(named: "data-label-reset", value: context.t("land.map_reset")),
             .attribute(named: "data-label-svg", value: context.t("land.map_download_svg")),
             .attribute(named: "data-label-png", value: context.t("land.map_download_png")),
             svg(model, context))
    }

    /// The map itself; also served alone as the SVG download. It carries its window and scale so
    /// that the map script can tell where a point of the drawing lies.
    static func svg(_ model: Model, _ context: PageContext, standalone: Bool = false) -> Node {
        let viewport = model.viewport
        return .svg(.class("parcel-map"), .attribute(named: "viewBox", value: "0 0 \(Int(viewport.width)) \(Int(viewport.height))"),
                    .if(standalone, .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg")),
                    .attribute(named: "data-bbox", value: bboxText(viewport)),
                    .attribute(named: "data-scale", value: String(format: "%.6f", viewport.scale)),
                    .attribute(named: "role", value: "img"), .attribute(named: "aria-label", value: context.t("land.map")),
                    .rect(.class("map-ground"), .attribute(named: "width", value: "100%"), .attribute(named: "height", value: "100%"),
                          .attribute(named: "fill", value: "#f4f6f2")),
                    // The outline is set once on the group, and each colour once on its own group,
                    // not on each of thousands of shapes.
                    .g(.class("parcels"), .attribute(named: "stroke", value: "#33403a"), .attribute(named: "stroke-width", value: "0.4"),
                       .forEach(groups(model.shapes)) { group in
                           .g(.class(group.category), .attribute(named: "fill", value: colours[group.category] ?? "#b0b7bf"),
                              .forEach(group.shapes) { shape in
                                  .a(.href(SiteURL.landParcel(number: shape.number).path),
                                     .path(.class("parcel"), .attribute(named: "d", value: shape.path),
                                           .if(shape.card != nil, .svgTitle(shape.card ?? ""))))
                              })
                       }),
                    .if(!model.gridEvents.isEmpty, .g(.class("grid-events"), .attribute(named: "fill", value: "#c0392b"),
                                                       .attribute(named: "stroke", value: "#ffffff"), .attribute(named: "stroke-width", value: "1"),
                        .forEach(model.gridEvents) { point in
                            .a(.href(SiteURL.gridEvent(id: point.id).path),
                               .circle(.attribute(named: "cx", value: String(format: "%.1f", point.x)),
                                       .attribute(named: "cy", value: String(format: "%.1f", point.y)),
                                       .attribute(named: "r", value: "5"), .svgTitle(point.label)))
                        })),
                    .if(model.anyDemo, .svgText(.class("map-demo"), .attribute(named: "x", value: "10"), .attribute(named: "fill", value: "#6b4a05"),
                                                .attribute(named: "y", value: "24"), .text(context.t("common.demo")))))
    }

    /// The shapes by colour, in the order each colour first appears.
    static func groups(_ shapes: [Shape]) -> [(category: String, shapes: [Shape])] {
        var order: [String] = [], members: [String: [Shape]] = [:]
        for shape in shapes {
            if members[shape.category] == nil { order.append(shape.category) }
            members[shape.category, default: []].append(shape)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// Each category's colour, written on the shapes themselves so that the downloaded SVG,
    /// opened without the site's stylesheet, shows the same map (the legend's CSS repeats them).
    static let colours: [String: String] = [
        "parcel-low": "#d9534f", "parcel-ok": "#8fbf8f", "class-A": "#2e7d32", "class-B": "#7cb342", "class-C": "#f9a825",
        "class-D": "#c62828", "class-T": "#7e57c2", "class-none": "#b0b7bf",
        "disposal-none": "#b0b7bf", "disposal-planned": "#f9a825", "disposal-in_progress": "#1e88e5", "disposal-completed": "#2e7d32",
    ]

    static func legend(_ model: Model, _ context: PageContext) -> Node {
        let items: [(String, String)] = switch model.colouring {
        case .rule: [("parcel-low", context.t("land.map_low")), ("parcel-ok", context.t("land.map_ok"))]
        case .holderClass: [("class-A", "A"), ("class-B", "B"), ("class-C", "C"), ("class-D", "D"),
                            ("class-T", context.t(ParcelFilter.ClassChoice.t.label)), ("class-none", context.t("land.map_unrated"))]
        case .disposal: ParcelFilter.DisposalChoice.allCases.map { ("disposal-\($0.rawValue)", context.t($0.label)) }
        }
        return .ul(.class("map-legend"), .forEach(items) { item in
            .li(.span(.class("swatch \(item.0)")), .text(item.1))
        })
    }

    static func filterForm(_ model: Model, _ context: PageContext) -> Node {
        .form(.method(.get), .action(SiteURL.landMap.path), .class("filters"),
              LandFilterQuery.selects(model.filter, towns: model.towns, rules: model.rules, context),
              .select(.attribute(named: "name", value: "colour"), .attribute(named: "aria-label", value: context.t("land.map_colour")),
                      .forEach(Colouring.allCases) { FormNodes.option($0.rawValue, context.t($0.label), selected: model.colouring == $0) }),
              .button(.type(.submit), .text(context.t("common.filter"))))
    }

    static func control(_ model: Model, _ context: PageContext, _ key: String, _ viewport: MapViewport) -> Node {
        var moved = model
        moved.viewport = viewport
        return .a(.class("button"), .href(link(moved, path: SiteURL.landMap.path)), .text(context.t(key)))
    }

    static func link(_ model: Model, path: String, window: Bool = true) -> String {
        var components = URLComponents()
        components.path = path
        components.queryItems = LandFilterQuery.items(model.filter)
            + [URLQueryItem(name: "colour", value: model.colouring.rawValue)]
            + (window ? [URLQueryItem(name: "bbox", value: bboxText(model.viewport))] : [])
        return components.string ?? path
    }
}
