/// What an import checks cells against besides their own form: the industry table, the
/// county's towns, and the years that make sense.
public struct ImportReferenceData: Sendable {
    public let industries: IndustryClassification
    /// The accepted town names or codes (镇街); nil accepts any non-empty text.
    public let towns: Set<String>?
    public let years: ClosedRange<Int>
    /// The credit codes the registry holds, for files that cannot create a firm (monthly
    /// figures carry no name or town); nil when a file may name any firm.
    public let registeredFirms: Set<String>?
    /// The sign-in names of the county's leader accounts (领导), for files that link a firm to
    /// its leaders; nil accepts any name.
    public let leaderAccounts: Set<String>?

    /// The towns with their UTF-8 bytes, for matching cells without making strings.
    private let townBytes: [(text: String, utf8: [UInt8])]

    public init(industries: IndustryClassification, towns: Set<String>?, years: ClosedRange<Int> = 2000...2100,
                registeredFirms: Set<String>? = nil, leaderAccounts: Set<String>? = nil) {
        self.industries = industries
        self.towns = towns
        self.years = years
        self.registeredFirms = registeredFirms
        self.leaderAccounts = leaderAccounts
        townBytes = (towns ?? []).sorted().map { ($0, Array($0.utf8)) }
    }

    /// The supplied town whose text is exactly `bytes`; a county has a few dozen towns at most,
    /// so comparing bytes beats hashing a new string per row.
    func town(matching bytes: UnsafeRawBufferPointer) -> String? {
        for town in townBytes where town.utf8.count == bytes.count && town.utf8.elementsEqual(bytes) {
            return town.text
        }
        return nil
    }

    /// The same reference data, accepting only firms in `registered`.
    public func requiring(registeredFirms registered: Set<String>) -> ImportReferenceData {
        ImportReferenceData(industries: industries, towns: towns, years: years, registeredFirms: registered, leaderAccounts: leaderAccounts)
    }

    /// The same reference data, accepting only the leader accounts named in `leaders`.
    public func requiring(leaderAccounts leaders: Set<String>) -> ImportReferenceData {
        ImportReferenceData(industries: industries, towns: towns, years: years, registeredFirms: registeredFirms, leaderAccounts: leaders)
    }
}
