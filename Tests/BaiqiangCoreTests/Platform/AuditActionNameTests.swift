import BaiqiangCore
import Foundation
import Testing

/// Audit rows are read by people: every action and entity the recorder accepts has a name in both
/// languages, and a named export still verifies.
@Suite struct AuditActionNameTests {
    @Test("Every recordable action and entity has a Chinese and an English name, neither its code")
    func everyCodeIsNamed() {
        for action in AuditAction.allCases {
            #expect(!action.name.zh.isEmpty && action.name.zh != action.code, "\(action.code)")
            #expect(!action.name.en.isEmpty && action.name.en != action.code, "\(action.code)")
            #expect(action.name.zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(action.code) has no Chinese name")
        }
        for entity in AuditEntity.allCases {
            #expect(!entity.name.zh.isEmpty && entity.name.zh != entity.code, "\(entity.code)")
            #expect(!entity.name.en.isEmpty && entity.name.en != entity.code, "\(entity.code)")
        }
        #expect(Set(AuditAction.allCases.map(\.name.zh)).count == AuditAction.allCases.count, "two actions read the same")
    }

    @Test("A demand's audited action is stored under its event-log kind and named as its button")
    func demandActions() {
        for kind in DemandActionKind.allCases {
            let action = AuditAction.demand(kind)
            #expect(action.code == "demand.\(kind.rawValue)")
            #expect(action.name.zh == "诉求：\(kind.label.zh)")
        }
        #expect(Set(DemandActionKind.allCases.map(AuditAction.demand)).count == DemandActionKind.allCases.count)
    }

    @Test("A stored code is shown by its name; a code no longer recorded shows as itself")
    func lookUp() {
        #expect(AuditAction.name(of: "login.succeeded", in: .zhHans) == "登录成功")
        #expect(AuditAction.name(of: "plan.observation.add", in: .en) == "KPI figure entered")
        #expect(AuditEntity.name(of: "kpi", in: .zhHans) == "指标")
        #expect(AuditAction.name(of: "retired.action", in: .zhHans) == "retired.action")
    }

    @Test("A named CSV or JSON Lines export carries the names beside the codes and still verifies",
          arguments: AuditExportFormat.allCases)
    func namedExportVerifies(format: AuditExportFormat) throws {
        let (records, range) = AuditSample(4).export(1...4)
        let bytes = format.start(naming: .zhHans) + records.flatMap { format.line($0, naming: .zhHans) }
            + format.closing(range, naming: .zhHans)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("新建账号") && text.contains("user.create"))
        #expect(text.contains("账号"))
        let content = try AuditExportFile.read(bytes, format: format)
        #expect(content.records == records)
        #expect(AuditRangeVerification.verify(content.records, range: content.range, key: AuditSample.key) == nil)
    }
}
