import Foundation
import Yams

/// The electricity surcharge on D-class firms (差别电价), by consecutive D years: a schedule kept
/// as policy data with its source, since each province sets its own. The one shipped is
/// Shandong's (+0.05 yuan/kWh in the first D year, +0.10 in the second, +0.15 from the third on;
/// 鲁发改价格〔2022〕56号, DOMAIN.md §2), marked as an example for a Guangdong county to replace.
public struct DClassSurcharge: Sendable, Hashable {
    public var name: BilingualText
    /// Yuan per kWh for the first, second, … consecutive D year; the last applies from then on.
    public var tiers: [Double]
    public var source: Citation
    /// True while the schedule is another province's, shown as an example rather than as policy.
    public var isExample: Bool
    public var note: BilingualText?

    public init(name: BilingualText, tiers: [Double], source: Citation, isExample: Bool, note: BilingualText? = nil) {
        self.name = name
        self.tiers = tiers
        self.source = source
        self.isExample = isExample
        self.note = note
    }

    /// The schedule shipped with the platform.
    public static let bundled: DClassSurcharge = {
        do {
            return try parse(yaml: try CoreResources.text("policies/d-class-surcharge.yaml"), fileName: "d-class-surcharge.yaml")
        } catch {
            preconditionFailure("the bundled surcharge schedule does not read: \(error)")
        }
    }()

    struct File: Decodable {
        var example: Bool?
        var name: BilingualText
        var tiers_yuan_per_kwh: [Double]
        var source: Citation
        var note: BilingualText?
    }

    /// Reads a schedule file; the tiers must be finite, non-negative and never fall.
    public static func parse(yaml: String, fileName: String? = nil) throws(SurchargeScheduleError) -> DClassSurcharge {
        let root: Yams.Node
        let file: File
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw SurchargeScheduleError(problem: .empty, file: fileName) }
            root = composed
            file = try YAMLDecoder().decode(File.self, from: root)
        } catch let error as SurchargeScheduleError {
            throw error
        } catch {
            throw SurchargeScheduleError(yaml: error, in: yaml, file: fileName)
        }
        let tiers = file.tiers_yuan_per_kwh
        guard !tiers.isEmpty, tiers.allSatisfy({ $0.isFinite && $0 >= 0 }), zip(tiers, tiers.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            let node = root["tiers_yuan_per_kwh"]
            throw SurchargeScheduleError(.invalidTiers(tiers), file: fileName, line: node?.mark?.line, column: node?.mark?.column)
        }
        return DClassSurcharge(name: file.name, tiers: tiers, source: file.source, isExample: file.example ?? false, note: file.note)
    }

    /// The surcharge in yuan per kWh for a firm that is D for `consecutiveYears` years running;
    /// nil when it is not D.
    public func yuanPerKWh(consecutiveYears: Int) -> Double? {
        guard consecutiveYears > 0 else { return nil }
        return tiers[min(consecutiveYears, tiers.count) - 1]
    }

    /// How many years running, back from `year`, a firm was classed D: a year without a result
    /// (not evaluated) ends the run, as does any other class.
    public static func consecutiveDYears(classesByYear: [Int: EvaluationClass], endingAt year: Int) -> Int {
        var count = 0
        var current = year
        while classesByYear[current] == .d {
            count += 1
            current -= 1
        }
        return count
    }
}

/// A surcharge schedule that cannot be applied.
public typealias SurchargeScheduleError = DataFileError<SurchargeScheduleReason>

public enum SurchargeScheduleReason: YAMLFileReason {
    case malformedYAML(YAMLProblem)
    /// Tiers must be given, finite, non-negative and never fall.
    case invalidTiers([Double])

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "差别电价文件格式不正确：\(problem.detail.zh)", en: "The surcharge schedule is not valid: \(problem.detail.en)")
        case .invalidTiers(let tiers):
            BilingualText(zh: "字段“tiers_yuan_per_kwh”（\(tiers)）须至少一档、不为负且逐档不降",
                          en: "'tiers_yuan_per_kwh' (\(tiers)) needs at least one tier, none negative, none lower than the one before")
        }
    }
}
