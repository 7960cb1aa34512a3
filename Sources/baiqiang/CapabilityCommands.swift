import ArgumentParser
import BaiqiangApp

/// The commands each capability adds to the command line, by the capability's id; they are
/// listed in the order of the application's capability list. A capability without commands
/// has no entry.
enum CapabilityCommands {
    static let byCapability: [String: [any ParsableCommand.Type]] = [
        "platform": [UserCommand.self, TokenCommand.self, AuditCommand.self, CalendarCommand.self],
        "plan": [PlanCommand.self],
        "enterprises": [ImportCommand.self],
        "evaluation": [EvaluateCommand.self],
        "land": [ExportCommand.self],
        "projects": [ProjectsCommand.self],
        "demands": [Open311Command.self],
        "counties": [CountyCommand.self],
    ]

    static var all: [any ParsableCommand.Type] {
        CapabilityIDs.all.flatMap { byCapability[$0] ?? [] }
    }
}
