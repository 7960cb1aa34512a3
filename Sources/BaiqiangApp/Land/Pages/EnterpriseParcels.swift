import BaiqiangCore
import BaiqiangHTML

/// The parcels a firm holds, as its page lists them: number (linked), town, area in mu and the
/// low-efficiency rules that fire.
enum EnterpriseParcels {
    static func table(_ parcels: [(record: ParcelRecord, findings: [RuleFinding])], townNames: [String: String],
                      _ context: PageContext) -> Node {
        guard !parcels.isEmpty else { return .p(.class("muted"), .text(context.t("land.no_parcels_held"))) }
        return .table(.class("data"),
            .thead(.tr(.th(.text(context.t("land.number"))), .th(.text(context.t("land.town"))),
                       .th(.class("num"), .text(context.t("land.area"))), .th(.text(context.t("land.rules_fired"))))),
            .tbody(.forEach(parcels) { parcel in
                let record = parcel.record
                return .tr(.td(.a(.href(SiteURL.landParcel(number: record.number).path), .text(record.number))),
                           .td(.text(record.townCode.map { townNames[$0] ?? $0 } ?? "—")),
                           .td(.class("num"), .text("\(NumberText.number(record.area.mu)) \(context.t("land.mu"))")),
                           .td(.text(parcel.findings.isEmpty ? "—" : context.list(parcel.findings.map { context.t($0.name) }))))
            }))
    }
}
