import ArgumentParser
import BaiqiangApp
import BaiqiangCore
import Foundation

/// `baiqiang audit verify [--anchor SEQ:MAC | --file FILE]`, `audit anchor`, `audit export` and `audit prune`.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "审计日志 / The audit log",
        subcommands: [Verify.self, Anchor.self, Export.self, Prune.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "校验带密钥的哈希链 / Check the keyed hash chain",
            discussion: "退出码 2 表示日志已被改动，并指出第一条出问题的记录 / Exit status 2: the log was changed; names the first broken row")

        @Option(help: "SEQ:MAC printed earlier by `baiqiang audit anchor`: also prove that row is unchanged and still there")
        var anchor: String?
        @Option(help: "A file written by `baiqiang audit export` (CSV or JSON Lines): check that range on its own, with the audit key")
        var file: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if let anchor, AuditAnchor(anchor) == nil { throw ValidationError("\(AuditAnchor.formatMessage.zh)\n\(AuditAnchor.formatMessage.en)") }
            if anchor != nil, file != nil { throw ValidationError("--anchor 与 --file 不能同时使用 / --anchor and --file cannot be used together") }
        }

        func run() async throws {
            if let file {
                try await verifyFile(file)
                return
            }
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

        private func verifyFile(_ path: String) async throws {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("错误：无法读取文件 \(path)\nError: cannot read the file \(path)")
                throw ExitCode(1)
            }
            let result = try await withSession(database) { session in try session.verifyAuditFile(Array(data), fileName: path) }
            switch result {
            case .success(let count):
                print("导出文件完整：\(count) 条记录 / Audit export intact: \(count) rows")
            case .failure(let broken):
                try reportBroken(broken)
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "导出一段日期内的审计记录（可单独校验）/ Export the audit rows of a date range (verifiable on its own)",
            discussion: "日期为北京时间、含首尾；文件最后一条是范围记录（含头记录）。用 `baiqiang audit verify --file FILE` 校验 / Dates are Beijing days, inclusive; the file ends with the range record (with the head). Check it with `baiqiang audit verify --file FILE`")

        @Option(help: "First day, yyyy-MM-dd (Asia/Shanghai)") var from: String?
        @Option(help: "Last day, yyyy-MM-dd (Asia/Shanghai), inclusive") var to: String?
        @Option(help: "csv or jsonl") var format: String = "csv"
        @Option(help: "The file to write (default: standard output)") var output: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard AuditExportFormat(rawValue: format) != nil else {
                throw ValidationError("格式应为 csv 或 jsonl / The format is csv or jsonl")
            }
        }

        func run() async throws {
            let format = AuditExportFormat(rawValue: self.format) ?? .csv
            let handle: FileHandle
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil), let opened = FileHandle(forWritingAtPath: output) else {
                    printError("错误：无法写入文件 \(output)\nError: cannot write the file \(output)")
                    throw ExitCode(1)
                }
                handle = opened
            } else {
                handle = FileHandle.standardOutput
            }
            let range = try await withSession(database) { session in
                try await session.exportAudit(from: from, to: to, format: format) { bytes in handle.write(Data(bytes)) }
            }
            if output != nil {
                try handle.close()
                printError("已导出 \(range.rowCount) 条审计记录 / Exported \(range.rowCount) audit rows")
            }
        }
    }

    struct Prune: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "按保存期限清理过期审计记录 / Delete audit rows older than the configured retention",
            discussion: "保存期限由 BAIQIANG_AUDIT_RETENTION_DAYS 设定（至少 180 天）；未设定时不清理。清理留下带密钥的检查点，audit verify 仍然通过 / The retention comes from BAIQIANG_AUDIT_RETENTION_DAYS (at least 180 days); without it nothing is pruned. Pruning leaves a keyed checkpoint, so audit verify still passes")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let result = try await withSession(database) { session in try await session.pruneAudit() }
            switch result {
            case .success(let outcome):
                let through = outcome.throughSequence.map(String.init) ?? "—"
                print("已清理 \(outcome.count) 条审计记录（至第 \(through) 条），保留 \(outcome.keptFrom) 起的记录 / Pruned \(outcome.count) audit rows (through row \(through)); rows from \(outcome.keptFrom) on are kept")
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
