/// Word lists the demo names are built from.
///
/// Trade names (字号) pair a first character from `tradeNameFirst` with a second from
/// `tradeNameSecond`. The lists avoid the characters of the plan's named firms (创维, 博盈, 雅图,
/// 天山, 隆基, 信义, 联塑) and of well-known brands, and a test checks every pairing against a
/// list of brands; a generated name can still coincide with some small registered firm, which is
/// why every generated firm carries `isDemo`.
enum DemoWords {
    static let tradeNameFirst: [Character] = Array(
        "澜骁瀚睿琨珩峻岚霖曜铭湛朗祺煜烁卓昊晟灏璟翊楷杉桦柏棠蔚菁芃萱涵沁淳澄濠泽崇岱峰屹坤垣骏翔麒瑜珂璞琦瑾玮珑铠彦钦崧皓熠炜焕骞")

    static let tradeNameSecond: [Character] = Array(
        "宸业源诚顺泰安和盛昌富荣明亮德茂益佳誉睦宏远祥瑞吉丰裕康宁晖成至拓森林嘉彩悦韵杰豪铂钰锦程航凯岳谦策迅匠众恺尚耀")

    /// Common surnames of the Pearl River Delta, for contact names.
    static let surnames: [String] = [
        "李", "陈", "黄", "梁", "吕", "冯", "何", "张", "区", "胡", "罗", "林", "刘", "叶", "谭", "麦", "邓", "吴",
        "周", "余", "温", "钟", "杨", "郭", "关", "司徒", "容", "源", "赵", "朱",
    ]

    static let givenNameCharacters: [Character] = Array("志伟国明建华家俊文杰振锦荣永健泽敏丽芳婷燕玲慧嘉颖欣晓少海宏达耀庆")
}
