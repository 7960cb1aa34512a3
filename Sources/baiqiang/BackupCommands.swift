import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "在线备份数据库（SQLite 或 PostgreSQL 的 pg_dump）/ Copy the database consistently while in use (SQLite, or pg_dump for PostgreSQL)")

    @Option(help: "The file to write") var to: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await withSession(database) { session in
            try await session.backup(to: to)
            print("已备份到 / Backed up to \(to)")
        }
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把备份恢复到空数据库并校验审计日志 / Restore a backup into an empty database and verify the audit log")

    @Option(help: "The backup file written by `baiqiang backup`") var from: String
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let from = self.from
        let verified = try await withSession(database, opening: { try await AppSession.restore(from: from, into: $0, actor: $1) }) {
            try await $0.verifyAudit()
        }
        switch verified {
        case .success(let rows):
            print("已恢复到 \(database.location)，审计日志完整（\(rows) 条）/ Restored into \(database.location); the audit log verifies (\(rows) rows)")
        case .failure(let broken):
            fail(broken)
        }
    }
}
