import BaiqiangCore
import Fluent
import Foundation

extension AppSession {
    /// What `import chain` did.
    public struct ImportedChain: Sendable {
        public var code: String
        public var name: BilingualText
        public var nodes: Int
        /// A new chain, rather than the chain of that code replaced.
        public var created: Bool
    }

    /// `baiqiang import chain FILE [--county C]`: the chain file saved as the chains page saves
    /// an upload — a new chain, or the chain of its code replaced — checked whole first (a
    /// refusal names the file's line and column), audited as the command line's.
    public func importChain(yaml: String, fileName: String, county: String?) async throws -> ImportedChain {
        let county = try await chainCounty(county)
        let chain = try IndustrialChain(yaml: yaml, fileName: fileName)
        let store = ChainsStore(db: app.db, principal: Self.chainKeeper(of: county))
        let created = try await store.row(code: chain.code) == nil
        try await store.save(definition: yaml, replacing: nil, writer: writer.inCounty(county))
        return ImportedChain(code: chain.code, name: chain.name, nodes: chain.nodes.count, created: created)
    }

    /// `baiqiang export chain CODE FILE [--county C]`: the chain's file as last saved, which
    /// `import chain` reads back as the same chain.
    public func exportChain(code: String, county: String?) async throws -> String {
        let county = try await chainCounty(county)
        guard let row = try await ChainsStore(db: app.db, principal: Self.chainKeeper(of: county)).row(code: code) else {
            throw ChainNotFound(code: code)
        }
        return row.definition
    }

    /// The county named, which must be one the installation holds, else the installation's own.
    func chainCounty(_ code: String?) async throws -> String {
        guard let code, code != environment.reference.countyCode else { return environment.reference.countyCode }
        let organisation = OrganisationStore(db: app.db, county: code)
        let towns = try await organisation.townCodes(), departments = try await organisation.departmentCodes()
        guard !towns.isEmpty || !departments.isEmpty else {
            throw UnknownChainCounty(code: code)
        }
        return code
    }

    /// The command line keeps a county's chains as its administrator does.
    static func chainKeeper(of county: String) -> Principal {
        Principal(
            userID: UUID(uuidString: "00000000-0000-0000-0000-000000000002")!, username: "command-line", displayName: "command line",
            role: .admin, departmentID: nil, departmentCode: nil, townID: nil, enterpriseID: nil, scope: .county,
            channel: .token, csrfToken: nil, countyCode: county)
    }
}

/// No chain of that code in the county.
public struct ChainNotFound: BilingualError {
    public var code: String
    public var kind: FailureKind { .notFound }
    public var message: BilingualText {
        BilingualText(zh: "没有编码为 “\(code)” 的产业链", en: "No chain has the code “\(code)”")
    }
}

/// A `--county` the installation does not hold.
public struct UnknownChainCounty: BilingualError {
    public var code: String
    public var kind: FailureKind { .notFound }
    public var message: BilingualText {
        BilingualText(zh: "没有县（市、区）“\(code)”，未作任何更改", en: "There is no county “\(code)”; nothing was changed")
    }
}
