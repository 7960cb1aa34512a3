import BaiqiangCore
import BaiqiangHTML
import Foundation

extension AccountPage {
    /// The id of the second-factor section, which the reminder and the policy's redirect link to.
    static let secondFactorAnchor = "second-factor"

    /// What the account page shows of the account's second factor.
    struct SecondFactorSection {
        /// When the active second factor was confirmed; nil when there is none.
        var activeSince: Date?
        var recoveryCodesLeft = 0
        /// A set-up waiting for its first code.
        var enrolment: Enrolment?
        /// Recovery codes just made: shown this once, stored only as digests.
        var newRecoveryCodes: [String] = []
        var error: String?
    }

    /// A secret being set up: the QR code of its provisioning URI, and the secret to type in.
    struct Enrolment {
        var secret: String
        var qrCode: QRCode?

        init(secret: String, account: String) {
            self.secret = secret
            let uri = Base32.decode(secret).map { ProvisioningURI.totp(TOTP(secret: $0), account: account) }
            qrCode = uri.flatMap { try? QRCode(text: $0) }
        }

        /// The secret in groups of four, as people read it off a screen.
        var groupedSecret: String {
            stride(from: 0, to: secret.count, by: 4).map { start in
                let from = secret.index(secret.startIndex, offsetBy: start)
                return String(secret[from..<(secret.index(from, offsetBy: 4, limitedBy: secret.endIndex) ?? secret.endIndex)])
            }.joined(separator: " ")
        }
    }

    static func secondFactorSection(_ section: SecondFactorSection, _ context: PageContext) -> Node {
        .section(.id(secondFactorAnchor),
            .h2(.text(context.t("account.second_factor"))),
            .unwrap(section.error) { Layout.notice("error", $0) },
            .p(.text(section.activeSince.map {
                context.t("account.second_factor.active", ["time": ShanghaiDay.display($0), "left": String(section.recoveryCodesLeft)])
            } ?? context.t("account.second_factor.none"))),
            .if(!section.newRecoveryCodes.isEmpty, recoveryCodes(section.newRecoveryCodes, context)),
            .unwrap(section.enrolment) { enrolment($0, context) },
            .form(.method(.post), .action(SiteURL.accountSecondFactor.path), .class("inline"), Layout.csrfField(context),
                  .button(.type(.submit), .class(section.activeSince == nil ? "primary" : ""),
                          .text(context.t(section.activeSince == nil ? "account.second_factor.set_up" : "account.second_factor.set_up_again"))))
        )
    }

    static func recoveryCodes(_ codes: [String], _ context: PageContext) -> Node {
        .div(.class("notice notice-success"),
             .p(.text(context.t("account.second_factor.codes_once"))),
             .ol(.class("recovery-codes"), .forEach(codes) { .li(.code(.text($0))) }))
    }

    static func enrolment(_ enrolment: Enrolment, _ context: PageContext) -> Node {
        .div(.class("enrolment"),
             .p(.text(context.t("account.second_factor.scan"))),
             .unwrap(enrolment.qrCode) { qrImage($0, label: context.t("account.second_factor.qr_label")) },
             .p(.text(context.t("account.second_factor.manual"))),
             .pre(.class("secret"), .text(enrolment.groupedSecret)),
             .form(.method(.post), .action(SiteURL.accountSecondFactorConfirm.path), .class("stacked"), Layout.csrfField(context),
                   codeField(context, label: "account.second_factor.code"),
                   .button(.type(.submit), .class("primary"), .text(context.t("account.second_factor.confirm")))))
    }

    /// The QR code as SVG nodes: the path holds only numbers made by `QRCode`, never user input.
    static func qrImage(_ code: QRCode, label: String) -> Node {
        let module = 4
        let side = (code.size + 2 * QRCode.quietZone) * module
        return .svg(.class("qr-code"), .attribute(named: "viewBox", value: "0 0 \(side) \(side)"),
                    .attribute(named: "width", value: String(side)), .attribute(named: "height", value: String(side)),
                    .attribute(named: "role", value: "img"), .attribute(named: "aria-label", value: label),
                    .attribute(named: "shape-rendering", value: "crispEdges"),
                    .rect(.attribute(named: "width", value: String(side)), .attribute(named: "height", value: String(side)),
                          .attribute(named: "fill", value: "#fff")),
                    .path(.attribute(named: "fill", value: "#000"), .attribute(named: "d", value: code.pathData(moduleSize: module))))
    }

    /// A field for a 6-digit code (or, where `recovery`, a recovery code too).
    static func codeField(_ context: PageContext, label: String, recovery: Bool = false) -> Node {
        .label(.text(context.t(label)),
               .input(.type(.text), .name("code"), .required(true), .maxlength(recovery ? 19 : 6),
                      .attribute(named: "autocomplete", value: "one-time-code"),
                      .attribute(named: "inputmode", value: recovery ? "text" : "numeric"),
                      .attribute(named: "spellcheck", value: "false")))
    }
}
