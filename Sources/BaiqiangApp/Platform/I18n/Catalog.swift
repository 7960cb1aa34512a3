import BaiqiangCore
import Foundation
import Vapor

/// The interface strings: under Resources/i18n one folder per language, and in it the JSON files
/// each capability names in its `resources` (so each keeps its own strings), merged at start.
/// Both languages have the same keys (a test holds them to that). `{name}` is replaced by the
/// argument of that name.
public struct Catalog: Sendable {
    public let strings: [Language: [String: String]]
    static let countArgument = "count"
    static let singularSuffix = ".one"

    public static let shared: Catalog = {
        var strings: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let folder = AppResources.url("i18n/\(language.rawValue)")
            let files = Capabilities.catalogues.map { $0 + ".json" }
            var table: [String: String] = [:]
            for file in files {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)),
                      let part = try? JSONDecoder().decode([String: String].self, from: data) else {
                    fatalError("The catalogue i18n/\(language.rawValue)/\(file) is missing or malformed")
                }
                table.merge(part) { _, _ in fatalError("i18n/\(language.rawValue)/\(file) repeats a key defined in another file") }
            }
            guard !table.isEmpty else { fatalError("The \(language.rawValue) catalogue is missing in Resources/i18n") }
            strings[language] = table
        }
        return Catalog(strings: strings)
    }()

    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        var text = strings[language]?[key] ?? strings[.zhHans]?[key] ?? key
        // English agrees in number ("1 firm", "2 firms"): a key with a `.one` variant uses it
        // when the count it is given is one.
        if arguments[Self.countArgument] == "1" || arguments["n"] == "1", let one = strings[language]?[key + Self.singularSuffix] {
            text = one
        }
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}

extension Request {
    static let languageCookie = "bq_lang"

    /// The interface language: `?lang=` if given, else the cookie, else the client's first
    /// preference when it is English (API clients send `Accept-Language`), else Simplified Chinese.
    public var language: Language {
        if let query = try? query.get(String.self, at: "lang"), let language = Language(rawValue: query) {
            return language
        }
        if let cookie = cookies[Self.languageCookie]?.string, let language = Language(rawValue: cookie) {
            return language
        }
        if let first = headers.first(name: .acceptLanguage)?.split(separator: ",").first,
           first.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("en") {
            return .en
        }
        return .zhHans
    }

    /// The interface string `key` in this request's language.
    public func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Catalog.shared.text(key, language, arguments)
    }

    /// A bilingual text in this request's language.
    func t(_ text: BilingualText) -> String {
        text.text(for: language)
    }
}
