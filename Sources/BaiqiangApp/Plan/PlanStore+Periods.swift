import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// The plan store's writes that keep a county's plans side by side: which one is current, which
/// are published, and the next plan started from one. Each change is one audited transaction.
enum PlanPeriods {
    struct InputError: BilingualError {
        let message: BilingualText
    }

    /// Makes the plan `code` the county's current plan; the one before it is archived.
    static func makeCurrent(_ code: String, writer: Writer, cache: PlanCache) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let plans = try await PlanRecord.query(on: db, county: county).all()
            guard let chosen = plans.first(where: { $0.code == code }) else { throw Abort(.notFound) }
            guard !chosen.isCurrent else { return }
            let before = plans.first(where: \.isCurrent)?.code
            for plan in plans where plan.isCurrent {
                plan.isCurrent = false
                try await plan.update(on: db)
            }
            chosen.isCurrent = true
            try await chosen.update(on: db)
            try await audit.record(.planMakeCurrent, entity: .plan, id: code,
                                   before: ["current": before], after: ["current": code])
            await cache.invalidate(county: county)
        }
    }

    /// Publishes the plan `code` on the public page, or takes it off.
    static func setPublished(_ code: String, _ published: Bool, writer: Writer, cache: PlanCache) async throws {
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            guard let plan = try await PlanRecord.query(on: db, county: county).filter(\.$code == code).first() else {
                throw Abort(.notFound)
            }
            guard plan.isPublished != published else { return }
            plan.isPublished = published
            try await plan.update(on: db)
            try await audit.record(published ? .planPublish : .planUnpublish, entity: .plan, id: code,
                                   before: ["published": !published], after: ["published": published])
            await cache.invalidate(county: county)
        }
    }

    /// What the "start the next plan" form sends.
    struct NextPlanInput: Sendable {
        var code: String
        var titleZh: String
        var titleEn: String
        var start: String
        var end: String
        var keepTargets: Bool
    }

    /// Starts a plan from `source`: its structure under a new code, title and period (see
    /// `PlanDocument.successor`), neither current nor published, for the county to edit first.
    /// Refuses a code another plan of the county has.
    static func startNext(from source: String, _ input: NextPlanInput, writer: Writer, cache: PlanCache) async throws {
        var check = FieldChecker()
        check.text(input.code, .code, field: "code")
        check.text(input.titleZh, .name, field: "title_zh")
        check.text(input.titleEn, .name, field: "title_en")
        check.text(input.start, .code, field: "start")
        check.text(input.end, .code, field: "end")
        try check.finish()
        let code = input.code.trimmingCharacters(in: .whitespaces)
        guard PlanCode.isValid(code) else {
            throw InputError(message: BilingualText(zh: "规划代码只能由小写字母、数字和连字符组成（最多64个）",
                                                    en: "A plan code is lowercase letters, digits and hyphens (at most 64)"))
        }
        let titleZh = input.titleZh.trimmingCharacters(in: .whitespacesAndNewlines)
        let titleEn = input.titleEn.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !titleZh.isEmpty else {
            throw InputError(message: BilingualText(zh: "请填写规划名称", en: "Give the plan a title"))
        }
        guard let start = PlanDate(input.start.trimmingCharacters(in: .whitespaces)),
              let end = PlanDate(input.end.trimmingCharacters(in: .whitespaces)) else {
            throw InputError(message: BilingualText(zh: "起止日期应为 YYYY-MM-DD", en: "The start and end must be YYYY-MM-DD"))
        }
        guard start <= end else {
            throw InputError(message: BilingualText(zh: "结束日期早于开始日期", en: "The plan ends before it starts"))
        }
        let county = writer.countyCode
        let today = writer.environment.today
        try await writer.transaction { db, audit in
            let plans = try await PlanRecord.query(on: db, county: county).all()
            guard let original = plans.first(where: { $0.code == source }) else { throw Abort(.notFound) }
            guard !plans.contains(where: { $0.code == code }) else {
                throw InputError(message: BilingualText(zh: "规划代码“\(code)”已被使用", en: "The plan code '\(code)' is in use"))
            }
            let document = try PlanYAML.read(original.document, now: today).successor(
                code: code, title: BilingualText(zh: titleZh, en: titleEn.isEmpty ? titleZh : titleEn),
                period: PlanPeriod(start: start, end: end), keepTargets: input.keepTargets)
            let issues = PlanValidator(now: today).issues(in: document)
            guard issues.isEmpty else { throw PlanImportFailure(issues: issues) }
            let text = PlanYAML.write(document)
            let record = PlanRecord(code: code, document: text, version: 1, isCurrent: false, isPublished: false)
            record.countyCode = county
            try await record.create(on: db)
            try await audit.record(.planStartNext, entity: .plan, id: code, before: nil as String?,
                                   after: ["from": source, "document": text])
            await cache.invalidate(county: county)
        }
    }
}
