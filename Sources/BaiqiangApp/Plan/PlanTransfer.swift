import BaiqiangCore
import Fluent
import Foundation
import Vapor

/// Plan files in and out: the whole plan as YAML, or the flat CSV of KPIs and observations
/// (applied onto the current plan's tree). Pages, the API and the CLI all go through here.
public enum PlanFileFormat: String, Sendable, CaseIterable {
    case yaml, csv

    /// The format a file name implies (`.yaml`/`.yml`, or `.csv`/`.xlsx` for the KPI sheet).
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { self = .yaml }
        else if lower.hasSuffix(".csv") || lower.hasSuffix(".xlsx") { self = .csv }
        else { return nil }
    }

    var mediaType: HTTPMediaType {
        switch self {
        case .yaml: HTTPMediaType(type: "application", subType: "yaml", parameters: ["charset": "utf-8"])
        case .csv: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        }
    }
}

enum PlanTransfer {
    /// The text of an uploaded plan file: YAML in UTF-8 or GB18030; the KPI sheet also as XLSX.
    static func text(of data: Data, as format: PlanFileFormat) throws -> String {
        switch format {
        case .yaml: try TextDecoding.string(from: data)
        case .csv: try PlanCSV.text(from: data)
        }
    }

    static func export(_ document: PlanDocument, as format: PlanFileFormat) -> String {
        switch format {
        case .yaml: PlanYAML.write(document)
        case .csv: PlanCSV.write(document)
        }
    }

    /// Validates a whole file; throws `PlanImportFailure` with every issue and its line.
    static func parse(_ text: String, as format: PlanFileFormat, current: PlanDocument?, today: PlanDate) throws -> PlanDocument {
        switch format {
        case .yaml:
            return try PlanYAML.read(text, now: today)
        case .csv:
            guard let current else {
                throw PlanEdits.InputError(message: BilingualText(
                    zh: "CSV 只含指标和观测值，需先有完整规划（请导入 YAML）",
                    en: "A CSV holds only KPIs and observations; import a whole plan as YAML first"))
            }
            return try PlanCSV.read(text, into: current, now: today)
        }
    }

    /// Reads, validates and applies a file; returns whether the plan changed.
    static func importFile(_ text: String, as format: PlanFileFormat, writer: Writer, db: any Database, cache: PlanCache) async throws -> Bool {
        let today = writer.environment.today
        let current = try await PlanStore(db: db, cache: cache, today: today, county: writer.countyCode).current()
        let document = try parse(text, as: format, current: current, today: today)
        return try await PlanStore.replace(with: document, writer: writer, cache: cache)
    }
}

extension AppSession {
    /// The current plan as a file.
    public func exportPlan(as format: PlanFileFormat) async throws -> String {
        let document = try await PlanStore(db: app.db, cache: app.planCache, today: app.appEnvironment.today,
                                           county: app.appEnvironment.reference.countyCode).require()
        return PlanTransfer.export(document, as: format)
    }

    /// A plan file's text, whichever encoding it was saved in (and the KPI sheet as XLSX too).
    public static func planText(of data: Data, as format: PlanFileFormat) throws -> String {
        try PlanTransfer.text(of: data, as: format)
    }

    /// Replaces the plan with a file's after validating all of it; false when nothing changed.
    public func importPlan(_ text: String, as format: PlanFileFormat) async throws -> Bool {
        try await PlanTransfer.importFile(text, as: format, writer: writer, db: app.db, cache: app.planCache)
    }
}
