/// A firm's ladder rung and its IPO stage must tell the same story: a firm on the 上市公司 rung is
/// listed (stage 上市, with its ticker), and a listed firm stands on that rung. The edit form, an
/// import and the API all ask this before storing.
public enum LadderListingCheck {
    /// The reason the pair contradicts itself, or nil when it holds together.
    public static func problem(ladder: LadderStage?, listing: ListingStage?, ticker: String?) -> BilingualText? {
        let hasTicker = !(ticker ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        if ladder == .listed, listing != .listed {
            return BilingualText(zh: "梯队阶段为“上市公司”时，上市进程须为“上市”", en: "A firm on the listed-company rung needs the listing stage “Listed”")
        }
        if listing == .listed, !hasTicker {
            return BilingualText(zh: "上市进程为“上市”时须填写证券代码", en: "A listed firm needs its ticker")
        }
        if listing == .listed, let ladder, ladder != .listed {
            return BilingualText(zh: "已上市企业的梯队阶段应为“上市公司”", en: "A listed firm belongs on the listed-company rung")
        }
        return nil
    }
}
