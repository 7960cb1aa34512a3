import BaiqiangCore
import Fluent
import Foundation
import Vapor

extension ChainsStore {
    /// Saves a chain file: a new chain, or the chain `code` replaced (its code kept). The file is
    /// read and checked whole first — a cycle, an unknown or duplicate node, a node a project
    /// still sits on is refused and nothing is written; the hand-made placements on nodes the
    /// new file drops go with them. Audited with the file before and after.
    @discardableResult
    func save(definition: String, replacing code: String?, writer: Writer) async throws -> IndustrialChain {
        try await save(definition: definition, replacing: code, mustBeNew: false, writer: writer)
    }

    /// Makes a new chain from the page's form: read and checked by Core as a chain file is, its
    /// lead department one of the county's, its code not yet taken (a form never replaces a
    /// chain), then saved as its file through the same write as an upload or the API, audited.
    @discardableResult
    func create(form: ChainForm, writer: Writer) async throws -> IndustrialChain {
        try principal.permissions.require(.editChains)
        let chain = try form.chain()
        if let department = chain.leadDepartmentCode,
           !(try await OrganisationStore(db: db, county: writer.countyCode).departmentCodes().contains(department)) {
            throw ChainError(.unknownDepartment(department))
        }
        return try await save(definition: try chain.yaml(), replacing: nil, mustBeNew: true, writer: writer)
    }

    private func save(definition: String, replacing code: String?, mustBeNew: Bool, writer: Writer) async throws -> IndustrialChain {
        try principal.permissions.require(.editChains)
        guard definition.utf8.count <= ChainLimits.maximumFileBytes else {
            throw ChainError(.fileTooLarge(maximumBytes: ChainLimits.maximumFileBytes))
        }
        let chain = try IndustrialChain(yaml: definition)
        if let code, chain.code != code { throw ChainError(.codeChanged(from: code, to: chain.code)) }
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            let existing = try await ChainRow.query(on: db, county: county).filter(\.$code == chain.code).first()
            if code != nil, existing == nil { throw Abort(.notFound) }
            if mustBeNew, existing != nil { throw ChainError(.codeTaken(chain.code)) }
            let kept = Set(chain.nodes.map(\.code))
            for project in try await Project.query(on: db, county: county).filter(\.$chainCode == chain.code).all() {
                if let node = project.chainNode, !kept.contains(node) { throw ChainError(.nodeInUse(node)) }
            }
            try await ChainFirmOverrideRow.query(on: db, county: county).filter(\.$chainCode == chain.code)
                .filter(\.$nodeCode !~ Array(kept)).delete()
            let row = existing ?? ChainRow()
            let before = existing?.audited
            row.apply(chain, definition: definition, county: county)
            try await row.save(on: db)
            try await audit.record(existing == nil ? .chainsCreated : .chainsChanged, entity: .chain, id: chain.code,
                                   before: before, after: row.audited)
        }
        return chain
    }

    /// Puts a registered firm on a node by hand, or takes it off one (人工调整), audited.
    func place(firm creditCode: String, on nodeCode: String, of chainCode: String, kind: ChainNodeOverride.Kind,
               writer: Writer) async throws {
        try principal.permissions.require(.editChains)
        if let reason = FieldLimits.check(creditCode, .code) {
            throw FieldInputError([LocatedIssue(row: nil, column: "credit_code", reason: reason)])
        }
        let county = writer.countyCode
        try await writer.transaction { db, audit in
            guard let row = try await ChainRow.query(on: db, county: county).filter(\.$code == chainCode).first() else {
                throw Abort(.notFound)
            }
            _ = try row.chain().requireNode(nodeCode)
            guard try await Enterprise.query(on: db, county: county).filter(\.$creditCode == creditCode).count() > 0 else {
                throw FieldInputError([LocatedIssue(row: nil, column: "credit_code", reason: BilingualText(
                    zh: "企业库中没有统一社会信用代码为 \(creditCode) 的企业", en: "No firm with the credit code \(creditCode) is in the registry"))])
            }
            let existing = try await ChainFirmOverrideRow.query(on: db, county: county).filter(\.$chainCode == chainCode)
                .filter(\.$nodeCode == nodeCode).filter(\.$creditCode == creditCode).first()
            let placement = existing ?? ChainFirmOverrideRow()
            let before = existing?.override
            placement.countyCode = county
            placement.chainCode = chainCode
            placement.nodeCode = nodeCode
            placement.creditCode = creditCode
            placement.kind = kind.rawValue
            try await placement.save(on: db)
            try await audit.record(.chainsFirm(kind), entity: .chainFirmOverride,
                                   id: "\(chainCode)/\(nodeCode)/\(creditCode)", before: before, after: placement.override)
        }
    }

    /// Turns a gap of the chain, as this account sees the chain, into a project lead (线索) with
    /// the chain and node filled in, through the projects' own writer. A node that is not that
    /// kind of gap, or a lead already made for it this year, is refused.
    func lead(from kind: ChainGapKind, node nodeCode: String, of chainCode: String, writer: Writer) async throws -> UUID {
        try principal.permissions.require(.enterProjects)
        guard let row = try await row(code: chainCode) else { throw Abort(.notFound) }
        let map = try await map(of: row)
        let today = writer.environment.today
        let record = try ChainGapLead.record(chain: map.chain, nodeCode: nodeCode, kind: kind, analysis: map.analysis, year: today.year,
                                              madeBy: principal.role == .department ? principal.departmentCode : nil)
        let entry = ProjectEntry(record: record, history: ProjectStageHistory(start: .lead, on: today))
        guard let id = try await ProjectsStore.create([entry], isDemo: false, writer: writer).first else { throw Abort(.internalServerError) }
        return id
    }
}
