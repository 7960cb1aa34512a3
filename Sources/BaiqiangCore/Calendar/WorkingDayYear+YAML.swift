import Foundation
import Yams

extension WorkingDayYear {
    /// Reads one year's file. The format, one entry per holiday of the notice:
    ///
    /// ```yaml
    /// year: 2026
    /// source: 国务院办公厅关于2026年部分节假日安排的通知
    /// holidays:
    ///   - name: 春节
    ///     name_en: Spring Festival
    ///     off: 2026-02-15 ~ 2026-02-23   # or a single date: 2026-04-05
    ///     worked: [2026-02-14, 2026-02-28]
    /// ```
    ///
    /// - Parameter fileName: named in errors, and when it is `YYYY.yaml` its year must match.
    public init(yaml: String, fileName: String? = nil) throws(CalendarDataError) {
        func fail(_ reason: CalendarDataError.Reason, _ node: Node?) -> CalendarDataError {
            CalendarDataError(reason, file: fileName, line: node?.mark?.line, column: node?.mark?.column)
        }
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else { throw CalendarDataError(problem: .empty, file: fileName) }
            root = composed
        } catch let error as CalendarDataError {
            throw error
        } catch {
            throw CalendarDataError(yaml: error, in: yaml, file: fileName)
        }
        guard root.mapping != nil else { throw fail(.malformedYAML(.expected(.mapping, at: root, field: nil)), root) }
        guard let yearNode = root["year"] else { throw fail(.missingField("year"), root) }
        guard let year = yearNode.scalar.flatMap({ Int($0.string) }) else {
            throw fail(.malformedYAML(.expected(.wholeNumber, at: yearNode, field: "year")), yearNode)
        }
        if let fileYear = fileName.flatMap(Self.yearOfFileName), fileYear != year {
            throw fail(.yearDoesNotMatchFileName(fileYear: fileYear, dataYear: year), yearNode)
        }

        var holidays: [PublicHoliday] = []
        if let list = root["holidays"] {
            guard let items = list.sequence else { throw fail(.malformedYAML(.expected(.list, at: list, field: "holidays")), list) }
            for item in items {
                holidays.append(try Self.holiday(from: item, fail: fail))
            }
        }
        if let source = root["source"], let text = source.scalar?.string, !FieldLimits.fits(text, .note) {
            throw fail(.tooLong(field: "source", limit: TextFieldKind.note.maximumLength), source)
        }
        do {
            try self.init(year: year, source: root["source"]?.scalar?.string, holidays: holidays)
        } catch {
            // Point at the line of the holiday that holds the offending day.
            var located = error
            located.file = fileName
            if let day = error.day, let index = holidays.firstIndex(where: {
                $0.daysOff.contains(day) || $0.weekendDaysWorked.contains(day)
            }), let items = root["holidays"]?.sequence {
                located.line = items[index].mark?.line
            }
            throw located
        }
    }

    private static func holiday(
        from node: Node, fail: (CalendarDataError.Reason, Node?) -> CalendarDataError
    ) throws(CalendarDataError) -> PublicHoliday {
        guard node.mapping != nil else { throw fail(.malformedYAML(.expected(.mapping, at: node, field: "holidays")), node) }
        guard let zh = node["name"]?.scalar?.string, !zh.isEmpty else { throw fail(.missingField("name"), node) }
        let en = node["name_en"]?.scalar?.string ?? zh
        for (field, text) in [("name", zh), ("name_en", en)] where !FieldLimits.fits(text, .name) {
            throw fail(.tooLong(field: field, limit: TextFieldKind.name.maximumLength), node[field] ?? node)
        }
        guard let offNode = node["off"] else { throw fail(.missingField("off"), node) }
        guard let offText = offNode.scalar?.string else { throw fail(.malformedDate(String(describing: offNode)), offNode) }
        let range = try dayRange(offText, node: offNode, fail: fail)

        var worked: [LocalDate] = []
        if let workedNode = node["worked"] {
            // A lone date is accepted as well as a list, since that is how one worked day reads.
            let scalars = workedNode.sequence.map(Array.init) ?? [workedNode]
            for scalarNode in scalars {
                guard let text = scalarNode.scalar?.string else {
                    throw fail(.malformedDate(String(describing: scalarNode)), scalarNode)
                }
                guard let day = LocalDate(iso: text) else { throw fail(.malformedDate(text), scalarNode) }
                worked.append(day)
            }
        }
        return PublicHoliday(name: BilingualText(zh: zh, en: en), daysOff: range, weekendDaysWorked: worked)
    }

    /// `2026-02-15 ~ 2026-02-23`, or a single day.
    private static func dayRange(
        _ text: String, node: Node, fail: (CalendarDataError.Reason, Node?) -> CalendarDataError
    ) throws(CalendarDataError) -> ClosedRange<LocalDate> {
        let ends = text.split(separator: "~").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(ends.count) else { throw fail(.malformedDate(text), node) }
        guard let first = LocalDate(iso: ends[0]) else { throw fail(.malformedDate(ends[0]), node) }
        guard let last = LocalDate(iso: ends.last!) else { throw fail(.malformedDate(ends.last!), node) }
        guard first <= last else { throw fail(.rangeEndsBeforeStart(text), node) }
        return first...last
    }

    /// 2025 for "2025.yaml"; nil for names that are not a year.
    static func yearOfFileName(_ name: String) -> Int? {
        let stem = name.split(separator: "/").last.map { $0.split(separator: ".").first ?? "" } ?? ""
        guard stem.count == 4, stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(stem)
    }
}

extension CalendarDataError {
    /// The day the error is about, when it is about one.
    var day: LocalDate? {
        switch reason {
        case .dateOutsideYear(let day, _), .bothOffAndWorked(let day), .workedDayNotWeekend(let day),
             .conflictingYears(let day, _, _):
            day
        default:
            nil
        }
    }
}
