import BaiqiangCore
import Vapor

/// What a view needs of the request besides its page model: the language, who is signed in (and
/// so the CSRF token their forms carry) and the environment's reference data. Views take this,
/// never a `Request`, so every page renders in a test without a server.
struct PageContext: Sendable {
    var language: BaiqiangCore.Language
    var principal: Principal?
    var environment: AppEnvironment
    /// When the signed-in account must have set up its second factor, if the policy asks it to
    /// (`.distantPast`: it must now); every page reminds it.
    var secondFactorDue: Date? = nil
    /// How many demands wait for the signed-in account to act (`DemandWaiting`); nil when not
    /// counted (an API call, a test without a store).
    var waitingDemands: Int? = nil

    /// The interface string `key` in the page's language.
    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Catalog.shared.text(key, language, arguments)
    }

    func t(_ text: BilingualText) -> String {
        text.text(for: language)
    }

    /// The token every form of a signed-in page posts back.
    var csrfToken: String { principal?.csrfToken ?? "" }
}

extension Request {
    var pageContext: PageContext {
        PageContext(language: language, principal: principal, environment: appEnvironment,
                    secondFactorDue: storage[SecondFactorDueKey.self], waitingDemands: storage[WaitingDemandsKey.self])
    }
}
