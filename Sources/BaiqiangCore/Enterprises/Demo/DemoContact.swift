/// A generated contact person (联系人) of a demo firm. The phone number cannot ring anyone:
/// after Jiangmen's area code 0750 comes a local number starting with 0, which no local number
/// does.
public struct DemoContact: Sendable, Hashable {
    public var name: String
    public var phone: String

    public init(name: String, phone: String) {
        self.name = name
        self.phone = phone
    }

    static func generate(_ rng: inout SplitMix64) -> DemoContact {
        let surname = DemoWords.surnames[rng.integer(0...(DemoWords.surnames.count - 1))]
        let given = DemoWords.givenNameCharacters
        let length = rng.chance(0.7) ? 2 : 1
        let givenName = String((0..<length).map { _ in given[rng.integer(0...(given.count - 1))] })
        let digits = String(rng.integer(0...9_999_999))
        let local = String(repeating: "0", count: 7 - digits.count) + digits
        return DemoContact(name: surname + givenName, phone: "0750-0" + local)
    }
}
