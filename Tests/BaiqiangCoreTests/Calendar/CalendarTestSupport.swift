import Foundation
@testable import BaiqiangCore

/// Shared helpers for the calendar tests.
enum CalendarTestSupport {
    /// The shipped 2022–2026 calendar, loaded once.
    static let bundled: WorkingDayCalendar = {
        if let calendar = try? WorkingDayCalendar.bundled() { return calendar }
        // Read the same files from the source tree so a packaging fault fails only
        // `BundledResourceTests`, rather than crashing the whole test process.
        let folder = sourceResources("calendar")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            (name: name, yaml: (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
        }
        return try! WorkingDayCalendar.from(files: files)
    }()

    /// A folder of `Sources/BaiqiangCore/Resources` in the source tree.
    static func sourceResources(_ folder: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // Calendar
            .deletingLastPathComponent() // BaiqiangCoreTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent()
            .appendingPathComponent("Sources/BaiqiangCore/Resources")
            .appendingPathComponent(folder)
    }

    static func day(_ text: String) -> LocalDate {
        LocalDate(iso: text)!
    }

    /// An instant written in ISO 8601, as the CLI reads it.
    static func at(_ text: String) -> Date {
        ShanghaiTime.parseISO8601(text)!
    }

    /// The deadline printed the way the CLI prints it.
    static func deadline(_ calendar: WorkingDayCalendar = bundled, from receipt: String, workingDays: Int) -> String {
        ShanghaiTime.iso8601(calendar.deadline(from: at(receipt), workingDays: workingDays))
    }
}
