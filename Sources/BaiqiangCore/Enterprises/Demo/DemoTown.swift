/// A town (镇街) of the demo county, with its share of the generated firms and the roads its
/// generated addresses use.
public struct DemoTown: Sendable, Hashable {
    /// The town's code in the county file (`Resources/county/heshan.yaml`).
    public let code: String
    public let name: String
    /// Relative share of firms. Heshan's weights are a demo assumption: more firms where the
    /// plan puts its industrial platforms (鹤山工业城, 省硅能源产业基地, 中欧瑶瑶新兴产业园),
    /// few in the ecological west (宅梧, 双合). Not statistics.
    let weight: Double
    /// Road names for addresses; generic on purpose, so no address points at a real plant.
    let roads: [String]

    public init(code: String, name: String, weight: Double, roads: [String]) {
        self.code = code
        self.name = name
        self.weight = weight
        self.roads = roads
    }

    /// Heshan's ten towns, codes and names as in the county file.
    public static let heshan: [DemoTown] = [
        DemoTown(code: "shaping", name: "沙坪街道", weight: 14, roads: ["兴业路", "创业路", "科技路", "工业一路", "工业二路"]),
        DemoTown(code: "yayao", name: "雅瑶镇", weight: 12, roads: ["新兴路", "瑶兴路", "产业大道", "创新路"]),
        DemoTown(code: "gulao", name: "古劳镇", weight: 7, roads: ["工业路", "环镇路", "富民路"]),
        DemoTown(code: "taoyuan", name: "桃源镇", weight: 10, roads: ["工业大道", "桃兴路", "民营路"]),
        DemoTown(code: "hecheng", name: "鹤城镇", weight: 14, roads: ["工业城大道", "鹤兴路", "振兴路", "科创路"]),
        DemoTown(code: "gonghe", name: "共和镇", weight: 15, roads: ["工业城路", "和兴路", "创业大道", "发展路"]),
        DemoTown(code: "zhishan", name: "址山镇", weight: 12, roads: ["能源大道", "址兴路", "光明路"]),
        DemoTown(code: "zhaiwu", name: "宅梧镇", weight: 3, roads: ["宅兴路", "工业路"]),
        DemoTown(code: "shuanghe", name: "双合镇", weight: 4, roads: ["双兴路", "工业路"]),
        DemoTown(code: "longkou", name: "龙口镇", weight: 9, roads: ["龙兴路", "工业大道", "富强路"]),
    ]
}
