import BaiqiangCore
import Foundation

/// The county's reference counties (对标县) and readiness lines (门槛), kept by the departments
/// that follow its standing: the list, every figure in force with its source, the figures a
/// correction replaced, and the forms and import that change them.
enum ReferenceCountiesPage {
    struct Model {
        var counties: [ReferenceCounty]
        var thresholds: [ReadinessThreshold]
        var retired: [CountyUnitPage.Retired]
        /// What the last action did, when it succeeded.
        var done: String?
        /// Why the last action changed nothing, and where.
        var failure: String?
        var issues: [LocatedIssue] = []
        var entry = CountiesComparisonPage.EntryForm()

        /// Every figure in force, by county in list order, then indicator and period, newest first.
        var figures: [RegionalFigure] {
            counties.flatMap { county in
                county.figures.sorted { ($0.indicator.rawValue, $1.period) < ($1.indicator.rawValue, $0.period) }
            }
        }
    }

    /// A county to add to the list, as posted.
    struct CountyForm: Codable, Sendable {
        var name: String
        var province: String
        var membership: String?
        var publisher: String?

        /// The county typed in; Core checks the name and province, this only the source's length.
        func county() -> Result<ReferenceCounty, CountiesComparisonPage.EntryProblem> {
            let publisher = (publisher ?? "").trimmingCharacters(in: .whitespaces)
            guard publisher.count <= TextFieldKind.name.maximumLength else {
                return .failure(.init(BilingualText(zh: "有字段过长", en: "A field is too long")))
            }
            let name = name.trimmingCharacters(in: .whitespaces), membership = (membership ?? "").trimmingCharacters(in: .whitespaces)
            return .success(ReferenceCounty(code: name, name: BilingualText(zh: name, en: name),
                                            province: province.trimmingCharacters(in: .whitespaces),
                                            membership: BilingualText(zh: membership, en: membership),
                                            membershipCitation: publisher.isEmpty ? nil : Citation(publisher: publisher), figures: []))
        }
    }

    /// A readiness line, as posted.
    struct ThresholdForm: Codable, Sendable {
        var indicator: String
        var value: String
        var name: String
        var publisher: String
        var title: String?
        var date: String?
        var address: String?

        func threshold() -> Result<ReadinessThreshold, CountiesComparisonPage.EntryProblem> {
            let texts = [name, publisher, title ?? "", date ?? ""]
            guard texts.allSatisfy({ $0.count <= TextFieldKind.name.maximumLength }), (address ?? "").count <= TextFieldKind.address.maximumLength,
                  value.count <= 40 else {
                return .failure(.init(BilingualText(zh: "有字段过长", en: "A field is too long")))
            }
            guard let indicator = RegionalIndicator(rawValue: indicator) else {
                return .failure(.init(BilingualText(zh: "请选择指标", en: "Choose an indicator")))
            }
            guard let number = Double(value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")) else {
                return .failure(.init(BilingualText(zh: "门槛值须为数字", en: "The threshold must be a number")))
            }
            func optional(_ text: String?) -> String? {
                text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
            }
            let name = name.trimmingCharacters(in: .whitespaces)
            return .success(ReadinessThreshold(indicator: indicator, value: number, name: BilingualText(zh: name, en: name),
                                               citation: Citation(publisher: publisher.trimmingCharacters(in: .whitespaces),
                                                                  title: optional(title), date: optional(date), address: optional(address))))
        }
    }

    /// Which line or county a removal names.
    struct RemoveForm: Codable, Sendable {
        var name: String
        var indicator: String?
    }
}
