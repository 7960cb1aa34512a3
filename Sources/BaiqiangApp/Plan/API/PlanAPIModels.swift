import BaiqiangCore
import Vapor

/// JSON shapes of the plan API. Progress is exact here (it may exceed 1 or be negative);
/// pages clamp it for display.
enum PlanAPI {
    struct Name: Content {
        var zh: String
        var en: String
        init(_ text: BilingualText) { zh = text.zh; en = text.en }
    }

    struct RollUp: Content {
        var progress: Double?
        var progressDisplay: Double?
        var schedule: Double?
        var light: String
        var excluded: [String]

        init(_ rollUp: PlanRollUp?) {
            progress = rollUp?.progress
            progressDisplay = rollUp?.displayProgress
            schedule = rollUp?.schedule
            light = rollUp?.light.rawValue ?? PlanLight.grey.rawValue
            excluded = rollUp?.excluded.map(\.code) ?? []
        }

        enum CodingKeys: String, CodingKey {
            case progress, schedule, light, excluded
            case progressDisplay = "progress_display"
        }
    }

    struct Area: Content {
        var code: String
        var name: Name
        var weight: Double
        var rollUp: RollUp
        var lines: [Line]

        enum CodingKeys: String, CodingKey {
            case code, name, weight, lines
            case rollUp = "roll_up"
        }
    }

    struct Line: Content {
        var code: String
        var name: Name
        var weight: Double
        var rollUp: RollUp
        var items: [String]

        enum CodingKeys: String, CodingKey {
            case code, name, weight, items
            case rollUp = "roll_up"
        }
    }

    struct Item: Content {
        var code: String
        var name: Name
        var owner: String?
        var weight: Double
        var area: String
        var line: String
        var rollUp: RollUp
        var kpis: [String]
        var milestones: [String]

        enum CodingKeys: String, CodingKey {
            case code, name, owner, weight, area, line, kpis, milestones
            case rollUp = "roll_up"
        }
    }

    struct Observation: Content {
        var value: Double
        var date: String
        var unit: String?
        var source: String
        var enteredBy: String?
        /// True when the figure rests on demo records, wholly or in part (see `provenance`).
        var demo: Bool
        /// `factual`, `demo` or `mixed` (demo and real records together).
        var provenance: String
        /// The source as a citation, when it is one (`source` then holds its text).
        var citation: Citation?
        /// `current`, `corrected` or `withdrawn`.
        var status: String
        var reason: String?
        /// Released for the public page by the reviewer.
        var published: Bool

        init(_ o: KPIObservation) {
            value = o.value
            date = o.date.description
            unit = o.unit
            source = o.source
            enteredBy = o.enteredBy
            demo = o.provenance.includesDemo
            provenance = o.provenance.rawValue
            citation = o.citation
            status = o.status.rawValue
            reason = o.reason
            published = o.published
        }

        enum CodingKeys: String, CodingKey {
            case value, date, unit, source, citation, demo, provenance, status, reason, published
            case enteredBy = "entered_by"
        }
    }

    struct KPIView: Content {
        var code: String
        var name: Name
        var unit: String
        var direction: String
        var item: String
        var owner: String?
        var published: Bool
        var source: String
        var provider: String?
        var baselineValue: Double?
        var baselineDate: String?
        var targetValue: Double?
        var targetDeadline: String?
        var targetStrict: Bool?
        /// `evaluated`, `no_data` or `awaiting_data` (a computed KPI whose provider is not there yet).
        var state: String
        var latest: Observation?
        var progress: Double?
        var progressDisplay: Double?
        var schedule: Double?
        var achieved: Bool
        var light: String
        var forecastValue: Double?
        var forecastDate: String?
        /// True when the latest figure rests on demo records, wholly or in part.
        var demo: Bool
        /// `reported` or `computed`: the figures that set the light; nil judges on both together.
        var lightFrom: String?
        /// The latest official reported figure, shown beside the computed one.
        var latestReported: Observation?
        /// The latest figure computed from the platform's records.
        var latestComputed: Observation?
        var observations: [Observation]?

        init(_ row: KPIRow, withObservations: Bool) {
            let kpi = row.kpi, evaluation = row.evaluation
            code = kpi.code
            name = Name(kpi.name)
            unit = kpi.unit
            direction = kpi.direction.rawValue
            item = row.item.code
            owner = row.owner
            published = kpi.published
            source = kpi.source.rawValue
            provider = kpi.provider
            baselineValue = kpi.baseline?.value
            baselineDate = kpi.baseline?.date.description
            targetValue = kpi.target?.value
            targetDeadline = kpi.target?.deadline?.description
            targetStrict = kpi.target?.strict
            switch evaluation?.state {
            case .evaluated?: state = "evaluated"
            case .awaitingData?: state = "awaiting_data"
            default: state = "no_data"
            }
            latest = evaluation?.latest.map(Observation.init)
            progress = evaluation?.progress?.exact
            progressDisplay = evaluation?.progress?.clamped
            schedule = evaluation?.schedule
            achieved = evaluation?.achieved ?? false
            light = (evaluation?.light ?? .grey).rawValue
            if case .projected(let value, let at, _)? = evaluation?.forecast {
                forecastValue = value
                forecastDate = at.description
            }
            demo = evaluation?.latest?.provenance.includesDemo ?? false
            lightFrom = kpi.lightFrom?.rawValue
            latestReported = row.figures?.reported.map(Observation.init)
            latestComputed = row.figures?.computed.map(Observation.init)
            observations = withObservations ? kpi.observations.map(Observation.init) : nil
        }

        enum CodingKeys: String, CodingKey {
            case code, name, unit, direction, item, owner, published, source, provider, state, latest, progress, schedule
            case achieved, light, observations, demo
            case lightFrom = "light_from", latestReported = "latest_reported", latestComputed = "latest_computed"
            case baselineValue = "baseline_value", baselineDate = "baseline_date"
            case targetValue = "target_value", targetDeadline = "target_deadline", targetStrict = "target_strict"
            case progressDisplay = "progress_display"
            case forecastValue = "forecast_value", forecastDate = "forecast_date"
        }
    }

    struct Milestone: Content {
        var code: String
        var name: Name
        var item: String
        var owner: String?
        var planned: String
        var actual: String?
        var status: String
        var light: String
        var daysLate: Int

        enum CodingKeys: String, CodingKey {
            case code, name, item, owner, planned, actual, status, light
            case daysLate = "days_late"
        }
    }

    struct NewObservation: Content {
        var value: Double
        var date: String
        var source: String
        var unit: String?
        /// Why the date's figure is corrected; required when the date already has one.
        var reason: String?
    }

    struct ObservationReview: Content {
        /// Required to withdraw.
        var reason: String?
    }

    struct MilestoneUpdate: Content {
        /// YYYY-MM-DD, or null to clear.
        var actual: String?
    }
}
