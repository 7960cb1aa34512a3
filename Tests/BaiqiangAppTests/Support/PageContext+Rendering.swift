import BaiqiangCore
import Foundation
@testable import BaiqiangApp

extension PageContext {
    /// The context a page is rendered with for `role` (anonymous when nil), in `language`, with a
    /// known CSRF token; no application or database behind it.
    static func rendering(_ language: Language, as role: Role?, department: String? = nil,
                          csrfToken: String = "token-1") -> PageContext {
        let principal = role.map {
            Principal(userID: UUID(uuidString: "5A5A5A5A-0000-4000-8000-0000000000AA")!, username: "u", displayName: "某人",
                      role: $0, departmentID: nil, departmentCode: department, townID: nil, enterpriseID: nil,
                      scope: .county, channel: .session, csrfToken: csrfToken)
        }
        return PageContext(language: language, principal: principal, environment: .test())
    }
}

/// What a script injected through stored or submitted text would look like on a page.
let hostileText = #"<script>alert(1)</script>"'&"#
/// The same text as it must reach the page: inert.
let hostileTextEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"
