import ArgumentParser
import BaiqiangCore
import Foundation

/// `baiqiang calendar …`: lets an admin check the working-day calendar (工作日历) from a shell.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Working-day calendar (工作日历): check deadlines against the holiday data.",
        subcommands: [Deadline.self]
    )
}

extension CalendarCommand {
    /// `baiqiang calendar deadline --from 2025-09-30T10:00:00+08:00 --working-days 2`
    struct Deadline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the deadline N working days after a receipt, in ISO 8601 (+08:00).",
            discussion: """
                The deadline is 23:59:59 Beijing time of the N-th working day after the day of \
                receipt. A time without an offset, or a bare date, is read as Beijing time.
                """
        )

        @Option(name: .long, help: "The moment of receipt, ISO 8601 (e.g. 2025-09-30T10:00:00+08:00).")
        var from: String

        @Option(name: .customLong("working-days"), help: "The limit in working days (0 or more).")
        var workingDays: Int

        @Option(
            name: .customLong("calendar-dir"),
            help: "A folder of YYYY.yaml files to use instead of the bundled calendar (to check an edit).")
        var calendarDirectory: String?

        func validate() throws {
            guard workingDays >= 0 else {
                throw ValidationError("--working-days 不能为负数 / must not be negative")
            }
            guard ShanghaiTime.parseISO8601(from) != nil else {
                throw ValidationError("--from “\(from)” 不是 ISO 8601 时间 / is not an ISO 8601 time")
            }
        }

        func run() throws {
            let receipt = ShanghaiTime.parseISO8601(from)!
            let calendar = try loadCalendar()
            let result = calendar.deadlineDetail(from: receipt, workingDays: workingDays)
            print(ShanghaiTime.iso8601(result.deadline))
            if result.usedFallback {
                // On stderr, so a script reading the deadline from stdout still gets one line.
                let years = result.yearsWithoutData.map(String.init).joined(separator: ", ")
                FileHandle.standardError.write(Data(
                    "注意：\(years) 年没有节假日数据，按周一至周五计算 / Note: no holiday data for \(years); counted Monday–Friday\n".utf8))
            }
        }

        private func loadCalendar() throws -> WorkingDayCalendar {
            guard let calendarDirectory else { return try WorkingDayCalendar.bundled() }
            let folder = URL(fileURLWithPath: calendarDirectory)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".yaml") }
                .sorted()
            let files = try names.map { name in
                (name: name, yaml: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
            return try WorkingDayCalendar.from(files: files)
        }
    }
}
