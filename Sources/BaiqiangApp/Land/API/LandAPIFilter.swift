import BaiqiangCore
import Vapor

/// The parcel filter of `GET /api/v1/land/parcels`, the same one as the list's and the map's.
/// Where a page ignores an unknown choice like an empty select, the API refuses it with a 400,
/// so a client's typo never quietly widens what it reads.
enum LandAPIFilter {
    static func filter(_ request: Request, rules: [LowEfficiencyRule]) throws -> ParcelFilter {
        func value(_ name: String) throws -> String? {
            guard let value = (try? request.query.get(String.self, at: name)).nonEmpty else { return nil }
            guard value.count <= ParcelFilter.maxTextLength else {
                throw Abort(.badRequest, reason: request.t("land.filter_too_long", ["name": name, "max": String(ParcelFilter.maxTextLength)]))
            }
            return value
        }
        func choice<T>(_ name: String, _ read: (String) -> T?) throws -> T? {
            guard let text = try value(name) else { return nil }
            guard let known = read(text) else {
                throw Abort(.badRequest, reason: request.t(BilingualText(zh: "参数 \(name) 的取值“\(text)”未知",
                                                                          en: "Unknown value '\(text)' for \(name)")))
            }
            return known
        }
        let ruleIDs = Set(rules.map(\.id))
        return ParcelFilter(text: try value("q"), townCode: try value("town"),
                            rule: try choice("rule") { ruleIDs.contains($0) ? $0 : nil },
                            disposal: try choice("disposal", ParcelFilter.DisposalChoice.init(rawValue:)),
                            holderClass: try choice("class", ParcelFilter.ClassChoice.init(rawValue:)))
    }
}
