import Foundation

/// The rules a whole plan must satisfy before it replaces the current one (计划校验). Every
/// rule runs over every part, so a file's author sees all problems at once.
public struct PlanValidator: Sendable {
    public let now: PlanDate
    /// Department codes owners must come from; nil: the document's own list when it has one.
    public let departments: Set<String>?

    public init(now: PlanDate, departments: Set<String>? = nil) {
        self.now = now
        self.departments = departments
    }

    /// All issues of `document`, with lines from `lines` when it came from a file.
    public func issues(in document: PlanDocument, lines: PlanLineMap = PlanLineMap()) -> [PlanIssue] {
        var check = Check(now: now, lines: lines, departments: departments ?? ownDepartments(of: document))
        var departmentCodes: [String: String] = [:]
        for (d, department) in document.departments.enumerated() {
            check.unique(department.code, kind: "department", path: "departments[\(d)].code", seen: &departmentCodes)
        }
        if let period = document.period, period.end < period.start {
            check.report(.invalidValue, "period.end", zh: "规划期结束日\(period.end)早于开始日\(period.start)",
                         en: "The period ends (\(period.end)) before it starts (\(period.start))")
        }
        var nodeCodes: [String: String] = [:]
        var kpiCodes: [String: String] = [:]
        var milestoneCodes: [String: String] = [:]
        for (a, area) in document.areas.enumerated() {
            let areaPath = "areas[\(a)]"
            check.unique(area.code, kind: "area", path: areaPath + ".code", seen: &nodeCodes)
            check.name(area.name, path: areaPath + ".name")
            check.weight(area.weight, path: areaPath + ".weight")
            for (l, line) in area.lines.enumerated() {
                let linePath = "\(areaPath).lines[\(l)]"
                check.unique(line.code, kind: "line", path: linePath + ".code", seen: &nodeCodes)
                check.name(line.name, path: linePath + ".name")
                check.weight(line.weight, path: linePath + ".weight")
                for (i, item) in line.items.enumerated() {
                    let itemPath = "\(linePath).items[\(i)]"
                    check.unique(item.code, kind: "item", path: itemPath + ".code", seen: &nodeCodes)
                    check.name(item.name, path: itemPath + ".name")
                    check.weight(item.weight, path: itemPath + ".weight")
                    check.owner(item.owner, path: itemPath + ".owner")
                    for (k, kpi) in item.kpis.enumerated() {
                        let kpiPath = "\(itemPath).kpis[\(k)]"
                        check.unique(kpi.code, kind: "KPI", path: kpiPath + ".code", seen: &kpiCodes)
                        check.kpi(kpi, path: kpiPath)
                    }
                    for (m, milestone) in item.milestones.enumerated() {
                        let path = "\(itemPath).milestones[\(m)]"
                        check.unique(milestone.code, kind: "milestone", path: path + ".code", seen: &milestoneCodes)
                        check.milestone(milestone, path: path)
                    }
                }
            }
        }
        return check.issues
    }

    /// All issues of KPIs given on their own (a CSV, an API write), each with its path prefix.
    public func issues(in kpis: [(path: String, kpi: KPI)], lines: PlanLineMap = PlanLineMap(),
                       departments fallback: [PlanDepartment] = []) -> [PlanIssue] {
        let known = departments ?? (fallback.isEmpty ? nil : Set(fallback.map(\.code)))
        var check = Check(now: now, lines: lines, departments: known)
        var codes: [String: String] = [:]
        for (path, kpi) in kpis {
            check.unique(kpi.code, kind: "KPI", path: path + ".code", seen: &codes)
            check.kpi(kpi, path: path)
        }
        return check.issues
    }

    /// The issues of one new observation of `kpi` (an API write or a form), before it is saved.
    public func issues(in observation: KPIObservation, of kpi: KPI) -> [PlanIssue] {
        var check = Check(now: now, lines: PlanLineMap(), departments: departments)
        check.observation(observation, of: kpi, path: "observation")
        return check.issues
    }

    /// The issues of one milestone on its own (an API write or a form).
    public func issues(in milestone: PlanMilestone) -> [PlanIssue] {
        var check = Check(now: now, lines: PlanLineMap(), departments: departments)
        check.milestone(milestone, path: "milestone")
        return check.issues
    }

    private func ownDepartments(of document: PlanDocument) -> Set<String>? {
        document.departments.isEmpty ? nil : Set(document.departments.map(\.code))
    }
}

/// The individual rules, collecting issues as they go.
private struct Check {
    let now: PlanDate
    let lines: PlanLineMap
    let departments: Set<String>?
    var issues: [PlanIssue] = []

    mutating func report(_ kind: PlanIssue.Kind, _ path: String, zh: String, en: String) {
        issues.append(PlanIssue(kind, line: lines.line(for: path), path: path, reason: BilingualText(zh: zh, en: en)))
    }

    mutating func unique(_ code: String, kind: String, path: String, seen: inout [String: String]) {
        if code.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.missingField, path, zh: "编码不能为空", en: "the \(kind) code is empty")
            return
        }
        if !FieldLimits.fits(code, .code) {
            text(code, .code, path: path)
            return
        }
        if let first = seen[code] {
            let firstLine = lines.line(for: first)
            report(.duplicateCode, path,
                   zh: "编码“\(code)”重复" + (firstLine.map { "（首次出现在第\($0)行）" } ?? ""),
                   en: "duplicate \(kind) code '\(code)'" + (firstLine.map { " (first on line \($0))" } ?? ""))
        } else {
            seen[code] = path
        }
    }

    mutating func weight(_ weight: Double, path: String) {
        if !weight.isFinite || weight < 0 {
            report(.invalidValue, path, zh: "权重须为非负数", en: "the weight must be a number ≥ 0")
        }
    }

    mutating func owner(_ owner: String?, path: String) {
        if let owner, !FieldLimits.fits(owner, .code) {
            text(owner, .code, path: path)
            return
        }
        guard let owner, let departments, !departments.contains(owner) else { return }
        report(.unknownOwner, path, zh: "责任单位“\(owner)”不在部门名单中",
               en: "owner '\(owner)' is not in the list of departments")
    }

    mutating func kpi(_ kpi: KPI, path: String) {
        name(kpi.name, path: path + ".name")
        text(kpi.unit, .code, path: path + ".unit")
        if let provider = kpi.provider { text(provider, .code, path: path + ".provider") }
        if let source = kpi.baseline?.source { text(source, .note, path: path + ".baseline.source") }
        if let note = kpi.note {
            text(note.zh, .note, path: path + ".note.zh")
            text(note.en, .note, path: path + ".note.en")
        }
        if kpi.unit.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.missingField, path + ".unit", zh: "指标“\(kpi.code)”缺少计量单位", en: "KPI '\(kpi.code)' has no unit")
        }
        if let target = kpi.target, target.deadline == nil {
            report(.targetWithoutDeadline, path + ".target",
                   zh: "指标“\(kpi.code)”的目标没有完成时限", en: "the target of KPI '\(kpi.code)' has no deadline")
        }
        if let baseline = kpi.baseline, let deadline = kpi.target?.deadline, baseline.date > deadline {
            report(.invalidDate, path + ".baseline.date",
                   zh: "基期日期\(baseline.date)晚于完成时限\(deadline)",
                   en: "the baseline date \(baseline.date) is after the deadline \(deadline)")
        }
        weight(kpi.weight, path: path + ".weight")
        owner(kpi.owner, path: path + ".owner")
        switch (kpi.source, kpi.provider) {
        case (.computed, nil):
            report(.missingProvider, path + ".provider", zh: "系统计算指标“\(kpi.code)”须指明数据提供方",
                   en: "computed KPI '\(kpi.code)' names no provider")
        case (.manual, let provider?):
            report(.invalidValue, path + ".provider", zh: "手工填报指标不能指定数据提供方“\(provider)”",
                   en: "a manual KPI cannot name a provider ('\(provider)')")
        default:
            break
        }
        if kpi.lightFrom == .computed && kpi.source == .manual {
            report(.invalidValue, path + ".light_from", zh: "手工填报指标没有系统计算值，不能据此定灯",
                   en: "a manual KPI has no computed figures to set its light")
        }
        if let range = kpi.range, let min = range.min, let max = range.max, min > max {
            report(.invalidValue, path + ".range", zh: "取值范围下限\(min)大于上限\(max)", en: "the range's minimum \(min) exceeds its maximum \(max)")
        }
        var currentDates = Set<PlanDate>()
        for (o, observation) in kpi.observations.enumerated() {
            self.observation(observation, of: kpi, path: "\(path).observations[\(o)]")
            if observation.status == .current, !currentDates.insert(observation.date).inserted {
                report(.invalidValue, "\(path).observations[\(o)].date",
                       zh: "\(observation.date)已有数值：同一日期只能有一个有效数值，新的数值须作为更正并说明理由",
                       en: "\(observation.date) already has a figure: one per date; a new one must be a correction with a reason")
            }
        }
    }

    mutating func observation(_ observation: KPIObservation, of kpi: KPI, path: String) {
        if observation.date > now {
            report(.futureDate, path + ".date",
                   zh: "观测日期\(observation.date)晚于今天\(now)",
                   en: "the observation is dated \(observation.date), after today \(now)")
        }
        // A KPI measured from a baseline has no figures before it; one without a baseline (a
        // monitoring figure) may carry the published history that led up to the plan.
        if let baseline = kpi.baseline, observation.date < baseline.date {
            report(.invalidDate, path + ".date",
                   zh: "观测日期\(observation.date)早于基期日期\(baseline.date)",
                   en: "the observation is dated \(observation.date), before the baseline date \(baseline.date)")
        }
        value(observation.value, of: kpi, path: path + ".value")
        text(observation.source, .note, path: path + ".source")
        if let unit = observation.unit { text(unit, .code, path: path + ".unit") }
        if let unit = observation.unit, unit != kpi.unit {
            report(.unitMismatch, path + ".unit",
                   zh: "观测值单位“\(unit)”与指标单位“\(kpi.unit)”不一致",
                   en: "the observation's unit '\(unit)' differs from the KPI's unit '\(kpi.unit)'")
        }
        if observation.status != .current && (observation.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            report(.missingField, path + ".reason", zh: "更正或撤回须说明理由", en: "a correction or withdrawal needs a reason")
        }
        if let reason = observation.reason { text(reason, .note, path: path + ".reason") }
        if observation.source.trimmingCharacters(in: .whitespaces).isEmpty {
            report(.missingSource, path + ".source", zh: "观测值缺少数据来源",
                   en: "the observation has no source note")
        }
    }

    /// A figure is finite, of a sane size, and not negative in a unit that cannot be (a count,
    /// an area, an amount of money): a GDP of −5 亿元 is a typing error, not a figure.
    mutating func value(_ value: Double, of kpi: KPI, path: String) {
        // NaN stands for a value the reader already reported missing.
        if value.isNaN { return }
        let unit = KPIUnit.name(of: kpi.unit)
        if !value.isFinite || abs(value) > KPIUnit.maximumMagnitude {
            report(.invalidValue, path, zh: "数值须为有限数，绝对值不超过 \(KPIUnit.maximumMagnitude)",
                   en: "the value must be a finite number of at most \(KPIUnit.maximumMagnitude) in size")
        } else if let range = kpi.range, !range.contains(value) {
            report(.invalidValue, path, zh: "数值\(value)超出该指标的取值范围（\(range.text)）",
                   en: "the value \(value) is outside the KPI's range (\(range.text))")
        } else if value < 0 && !KPIUnit.mayBeNegative(kpi.unit) {
            report(.invalidValue, path, zh: "以“\(unit.zh)”计的数值不能为负数（\(value)）",
                   en: "a value in \(unit.en) cannot be negative (\(value))")
        } else if let range = KPIRange.default(for: kpi.unit), !range.contains(value) {
            report(.invalidValue, path, zh: "以“\(unit.zh)”计的数值须在\(range.text)之间（\(value)）",
                   en: "a value in \(unit.en) must be within \(range.text) (\(value))")
        }
    }

    mutating func name(_ name: BilingualText, path: String) {
        text(name.zh, .name, path: path + ".zh")
        text(name.en, .name, path: path + ".en")
    }

    mutating func text(_ value: String, _ kind: TextFieldKind, path: String) {
        if let reason = FieldLimits.check(value, kind) {
            issues.append(PlanIssue(.tooLong, line: lines.line(for: path), path: path, reason: reason))
        }
    }

    mutating func milestone(_ milestone: PlanMilestone, path: String) {
        name(milestone.name, path: path + ".name")
        if let source = milestone.source { text(source, .note, path: path + ".source") }
        if let actual = milestone.actual, actual > now {
            report(.futureDate, path + ".actual",
                   zh: "完成日期\(actual)晚于今天\(now)", en: "the actual date \(actual) is after today \(now)")
        }
        owner(milestone.owner, path: path + ".owner")
    }
}
