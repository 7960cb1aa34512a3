import Foundation
import Yams

/// A county's investment projects as published (`Resources/projects/heshan-projects.yaml`),
/// every fact with its source: the default data a county starts with, beside which nothing is
/// made up. A stage or milestone nobody published is absent, not guessed.
public struct PublishedProjects: Sendable, Hashable {
    public struct Fact: Sendable, Hashable, Codable {
        public let fact: String
        public let source: String
    }

    public struct Project: Sendable, Hashable {
        public let record: ProjectRecord
        public let history: ProjectStageHistory
        public let milestones: [ProjectMilestone]
        /// The plan milestones (by code) a milestone of this project feeds, by stage.
        public let planMilestones: [ProjectStage: String]
        /// Each published fact and where it was published.
        public let facts: [Fact]
    }

    public let county: String
    public let projects: [Project]

    public static let bundledPath = "projects/heshan-projects.yaml"

    public static func bundled() throws(PublishedProjectsError) -> PublishedProjects {
        let text: String
        do {
            text = try CoreResources.text(bundledPath)
        } catch {
            throw PublishedProjectsError(problem: .unreadable(error), file: bundledPath)
        }
        return try parse(yaml: text, fileName: bundledPath)
    }

    public static func parse(yaml: String, fileName: String? = nil) throws(PublishedProjectsError) -> PublishedProjects {
        let root: Yams.Node
        let file: FileShape
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw PublishedProjectsError(problem: .empty, file: fileName) }
            root = composed
            file = try YAMLDecoder().decode(FileShape.self, from: root)
        } catch let error as PublishedProjectsError {
            throw error
        } catch {
            throw PublishedProjectsError(yaml: error, in: yaml, file: fileName)
        }
        let entries = root["projects"]?.sequence.map(Array.init) ?? []
        var projects: [Project] = []
        for (index, entry) in file.projects.enumerated() {
            do throws(PublishedProjectsError) {
                projects.append(try entry.project(fileName: fileName))
            } catch {
                // The entry's own refusal, pointed at the project it is about.
                var located = error
                if located.line == nil, entries.indices.contains(index) {
                    located.line = entries[index].mark?.line
                    located.column = entries[index].mark?.column
                }
                throw located
            }
        }
        return PublishedProjects(county: file.county, projects: projects)
    }

    struct FileShape: Decodable {
        var county: String
        var projects: [Entry]
    }

    struct Sourced<Value: Decodable & Sendable>: Decodable {
        var value: Value
        var source: String
    }

    struct StageEntry: Decodable {
        var stage: ProjectStage
        var date: String
        var reason: String?
        var source: String
    }

    struct MilestoneEntry: Decodable {
        var template: String
        var anchor: String
        var source: String
        /// The plan milestone's code each templated stage feeds, by stage.
        var plan: [String: String]?
    }

    struct Entry: Decodable {
        var name: Sourced<String>
        var codename: String
        var year: Int
        var investor: Sourced<String>?
        var investmentYi: Sourced<Double>
        var town: Sourced<String>?
        var leadDepartment: String?
        /// The county's classification of the project on its chain map (not a published fact).
        var chain: String?
        var chainNode: String?
        var channel: ProjectChannel?
        var key: Bool?
        var stages: [StageEntry]
        var milestones: MilestoneEntry?
        var notes: [Sourced<String>]?

        enum CodingKeys: String, CodingKey {
            case name, codename, year, investor, town, channel, key, stages, milestones, notes, chain
            case chainNode = "chain_node"
            case investmentYi = "investment_yi"
            case leadDepartment = "lead_department"
        }

        func project(fileName: String?) throws(PublishedProjectsError) -> Project {
            func fail(_ reason: PublishedProjectsReason) -> PublishedProjectsError {
                PublishedProjectsError(reason, file: fileName)
            }
            var facts: [Fact] = []
            func cite(_ label: String, _ value: String, _ source: String) throws(PublishedProjectsError) {
                guard !source.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(.missingSource(name.value, label)) }
                facts.append(Fact(fact: "\(label)：\(value)", source: source))
            }
            try cite("项目名称", name.value, name.source)
            if let investor { try cite("投资方", investor.value, investor.source) }
            try cite("计划投资", "\(FieldLimits.format(investmentYi.value)) 亿元", investmentYi.source)
            if let town { try cite("所在镇街", town.value, town.source) }
            guard let first = stages.first, let firstDay = PlanDate(first.date) else { throw fail(.badStage(name.value)) }
            try cite(first.stage.label.zh, first.date, first.source)
            var history = ProjectStageHistory(start: first.stage, on: firstDay)
            for step in stages.dropFirst() {
                guard let day = PlanDate(step.date) else { throw fail(.badStage(name.value)) }
                do {
                    history = try history.moving(to: step.stage, on: day, reason: step.reason)
                } catch {
                    throw fail(.stage(name.value, error.message))
                }
                try cite(step.stage.label.zh, step.date, step.source)
            }
            var milestones: [ProjectMilestone] = []
            var planMilestones: [ProjectStage: String] = [:]
            if let plan = self.milestones {
                guard plan.template == "land_then_production", let anchor = PlanDate(plan.anchor) else {
                    throw fail(.badMilestones(name.value))
                }
                milestones = ProjectMilestoneTemplate.landThenProduction.milestones(anchoredAt: anchor)
                for (stage, code) in plan.plan ?? [:] {
                    guard let stage = ProjectStage(rawValue: stage), milestones.contains(where: { $0.stage == stage }) else {
                        throw fail(.badMilestones(name.value))
                    }
                    planMilestones[stage] = code
                }
                try cite("计划节点", milestones.map { "\($0.stage.label.zh) \($0.planned)" }.joined(separator: "，"), plan.source)
            }
            for note in notes ?? [] { try cite("说明", note.value, note.source) }
            let record = ProjectRecord(
                name: name.value, codename: codename, year: year, investmentYi: investmentYi.value,
                investor: investor?.value, channel: channel, chainCode: chain, chainNode: chainNode, leadDepartmentCode: leadDepartment,
                townCode: town?.value, isKey: key ?? false)
            if let issue = ProjectRecordCheck.issues(record).first {
                throw fail(.stage(name.value, BilingualText(zh: "\(issue.column ?? "")\(issue.reason.zh)", en: "\(issue.column ?? "") \(issue.reason.en)")))
            }
            return Project(record: record, history: history, milestones: milestones, planMilestones: planMilestones, facts: facts)
        }
    }
}

public typealias PublishedProjectsError = DataFileError<PublishedProjectsReason>

public enum PublishedProjectsReason: YAMLFileReason {
    case malformedYAML(YAMLProblem)
    case missingSource(String, String)
    case badStage(String)
    case badMilestones(String)
    case stage(String, BilingualText)

    public var text: BilingualText {
        switch self {
        case .malformedYAML(let problem):
            BilingualText(zh: "项目数据文件格式不正确：\(problem.detail.zh)", en: "The projects file is not valid: \(problem.detail.en)")
        case .missingSource(let project, let fact):
            BilingualText(zh: "“\(project)”的“\(fact)”没有注明出处", en: "“\(project)”: “\(fact)” names no source")
        case .badStage(let project):
            BilingualText(zh: "“\(project)”的阶段或日期不正确", en: "“\(project)”: a stage or date is not valid")
        case .badMilestones(let project):
            BilingualText(zh: "“\(project)”的计划节点不正确", en: "“\(project)”: the planned milestones are not valid")
        case .stage(let project, let why):
            BilingualText(zh: "“\(project)”：\(why.zh)", en: "“\(project)”: \(why.en)")
        }
    }
}
