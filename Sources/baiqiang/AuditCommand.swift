import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang audit verify [--anchor SEQ:MAC]` and `baiqiang audit anchor`.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "审计日志 / The audit log", subcommands: [Verify.self, Anchor.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "校验带密钥的哈希链 / Check the keyed hash chain",
            discussion: "退出码 2 表示日志已被改动，并指出第一条出问题的记录 / Exit status 2: the log was changed; names the first broken row")

        @Option(help: "SEQ:MAC printed earlier by `baiqiang audit anchor`: also prove that row is unchanged and still there")
        var anchor: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if let anchor, AuditAnchor(anchor) == nil { throw ValidationError("\(AuditAnchor.formatMessage.zh)\n\(AuditAnchor.formatMessage.en)") }
        }

        func run() async throws {
            let anchor = self.anchor.flatMap { AuditAnchor($0) }
            let result = try await withSession(database) { session in try await session.verifyAudit(anchor: anchor) }
            switch result {
            case .success(let count):
                if let anchor {
                    print("审计链完整：\(count) 条记录，锚点第 \(anchor.sequence) 条相符 / Audit chain intact: \(count) rows, the anchor at row \(anchor.sequence) matches")
                } else {
                    print("审计链完整：\(count) 条记录 / Audit chain intact: \(count) rows")
                }
            case .failure(let broken):
                try reportBroken(broken)
            }
        }
    }

    struct Anchor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "打印当前锚点（序号:MAC），请另行保存 / Print the current anchor (SEQ:MAC) to keep elsewhere",
            discussion: "日后用 `baiqiang audit verify --anchor SEQ:MAC` 证明此前的记录未被改动或截断 / Later, `baiqiang audit verify --anchor SEQ:MAC` proves nothing up to it was changed or cut off")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let result = try await withSession(database) { session in try await session.auditAnchor() }
            switch result {
            case .success(let anchor):
                print(anchor)
            case .failure(let broken):
                try reportBroken(broken)
            }
        }
    }
}

/// Names the first broken row on stderr and exits 2, the status scripts watch for.
private func reportBroken(_ broken: AuditChain.Break) throws -> Never {
    printError("审计链断裂于第 \(broken.sequence) 条：\(broken.message.zh)\nAudit chain broken at row \(broken.sequence): \(broken.message.en)")
    throw ExitCode(2)
}
