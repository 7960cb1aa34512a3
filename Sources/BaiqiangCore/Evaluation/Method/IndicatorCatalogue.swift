/// The indicators a method can name by id, with their ratio and names (Zhejiang 浙政发〔2018〕5号
/// and the below-scale 单位用电税收).
public enum IndicatorCatalogue {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var name: BilingualText
        public var numerator: FirmMeasure
        public var denominator: FirmMeasure
        public var unit: BilingualText
    }

    public static let entries: [Entry] = [
        Entry(id: "tax_per_mu", name: BilingualText(zh: "亩均税收", en: "tax per mu"),
              numerator: .taxWan, denominator: .landMu,
              unit: BilingualText(zh: "万元/亩", en: "10k yuan/mu")),
        Entry(id: "value_added_per_mu", name: BilingualText(zh: "亩均增加值", en: "value added per mu"),
              numerator: .valueAddedWan, denominator: .landMu,
              unit: BilingualText(zh: "万元/亩", en: "10k yuan/mu")),
        Entry(id: "value_added_per_energy", name: BilingualText(zh: "单位能耗增加值", en: "value added per unit of energy"),
              numerator: .valueAddedWan, denominator: .energyTce,
              unit: BilingualText(zh: "万元/吨标准煤", en: "10k yuan/tce")),
        Entry(id: "value_added_per_emission", name: BilingualText(zh: "单位排放增加值", en: "value added per unit of emissions"),
              numerator: .valueAddedWan, denominator: .emissionT,
              unit: BilingualText(zh: "万元/吨", en: "10k yuan/t")),
        Entry(id: "labour_productivity", name: BilingualText(zh: "全员劳动生产率", en: "labour productivity"),
              numerator: .valueAddedWan, denominator: .staff,
              unit: BilingualText(zh: "万元/人", en: "10k yuan/person")),
        Entry(id: "rd_intensity", name: BilingualText(zh: "研发经费占主营业务收入比重", en: "R&D intensity"),
              numerator: .rdWan, denominator: .revenueWan,
              unit: BilingualText(zh: "比值", en: "ratio")),
        Entry(id: "tax_per_electricity", name: BilingualText(zh: "单位用电税收", en: "tax per unit of electricity"),
              numerator: .taxWan, denominator: .electricityWkwh,
              unit: BilingualText(zh: "万元/万千瓦时", en: "10k yuan/10k kWh")),
    ]

    public static func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }
}
