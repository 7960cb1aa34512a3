import BaiqiangCore

/// What a computed KPI is counted from, by name: a reader of a KPI's page (the public one too)
/// sees "宗地处置记录 / land disposal records", not the provider's machine key.
enum PlanProviderName {
    static func name(_ key: String?, _ context: PageContext) -> String {
        guard let key else { return "—" }
        let strings = Catalog.shared.strings[context.language] ?? [:]
        // Keys made from the provider's key, looked up only when the catalogue has them.
        let providerKey = "plan.provider." + key
        if strings[providerKey] != nil { return context.t(providerKey) }
        if let metric = RegistryMetric(providerKey: key) {
            return context.t("plan.provider.registry", ["name": context.t(metric.name)])
        }
        // The prefecture's published figures: counties.<measure>.<indicator>.
        let parts = key.split(separator: ".").map(String.init)
        let measureKey = "counties." + (parts.count == 3 ? parts[1] : "")
        if parts.count == 3, parts[0] == "counties", let indicator = RegionalIndicator(rawValue: parts[2]), strings[measureKey] != nil {
            return context.t("plan.provider.counties") + " · " + context.t(indicator.name) + " · " + context.t(measureKey)
        }
        return key
    }
}
