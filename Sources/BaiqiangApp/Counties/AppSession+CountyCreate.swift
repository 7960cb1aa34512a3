import BaiqiangCore
import Fluent
import Foundation

extension AppSession {
    /// What `county create` made.
    public struct CreatedCounty: Sendable {
        public var divisionCode: String
        public var name: BilingualText
        public var towns: Int
        public var departments: Int
    }

    /// `baiqiang county create --profile FILE`: a county with its towns and departments, from a
    /// county profile file checked first (every problem with its line, nothing created), audited,
    /// refused when the county is already there.
    public func createCounty(profileYAML: String) async throws -> CreatedCounty {
        let profile = try CountyProfileCheck.check(yaml: profileYAML).get()
        guard let division = profile.divisionCode else { throw CountyAlreadyExists(code: "") }
        try await OrganisationStore.createCounty(profile, division: division, writer: writer)
        return CreatedCounty(divisionCode: division, name: profile.name, towns: profile.towns.count, departments: profile.departments.count)
    }
}

/// A county whose towns or departments are already recorded: creating it again would mix two
/// profiles.
public struct CountyAlreadyExists: BilingualError {
    public var code: String
    public var kind: FailureKind { .conflict }
    public var message: BilingualText {
        BilingualText(zh: "县（市、区）\(code) 已存在，未作任何更改", en: "The county \(code) already exists; nothing was changed")
    }
}
