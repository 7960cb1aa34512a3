/// Which counties a prefecture account (市级) looks into, and which one a session of it reads.
/// Every row is narrowed to one county, so the prefecture sees one county at a time and chooses
/// which; a choice outside its prefecture falls back to its home county rather than widening.
public enum PrefectureReach {
    /// The units of the prefecture the account's home county lies in; the home county alone when
    /// no profile the installation knows lists it.
    public static func counties(home: String, in profiles: PrefectureProfiles) -> [String] {
        guard let profile = profiles.profile(ofCounty: home) else { return [home] }
        return profile.units.map(\.code)
    }

    /// The county a session reads: the one chosen when within reach, else the home county.
    public static func county(chosen: String?, home: String, in profiles: PrefectureProfiles) -> String {
        guard let chosen, counties(home: home, in: profiles).contains(chosen) else { return home }
        return chosen
    }
}
