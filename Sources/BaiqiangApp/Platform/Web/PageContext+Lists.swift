import BaiqiangCore

extension PageContext {
    /// Items of a run-on list as the page's language writes them: 甲、乙 in Chinese, "a, b" in
    /// English (an enumeration comma in English text reads as a stray character).
    func list(_ items: [String]) -> String {
        items.joined(separator: language == .en ? ", " : "、")
    }
}
