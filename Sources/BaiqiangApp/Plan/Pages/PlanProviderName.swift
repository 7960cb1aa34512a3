import BaiqiangCore

/// What a computed KPI is counted from, by name: a reader of a KPI's page (the public one too)
/// sees "宗地处置记录 / land disposal records", not the provider's machine key.
enum PlanProviderName {
    static func name(_ key: String?, _ context: PageContext) -> String {
        guard let key else { return "—" }
        let strings = Catalog.shared.strings[context.language] ?? [:]
        if strings["plan.provider." + key] != nil { return context.t("plan.provider." + key) }
        if let metric = RegistryMetric(providerKey: key) {
            return context.t("plan.provider.registry", ["name": context.t(metric.name)])
        }
        // The prefecture's published figures: counties.<measure>.<indicator>.
        let parts = key.split(separator: ".").map(String.init)
        if parts.count == 3, parts[0] == "counties", let indicator = RegionalIndicator(rawValue: parts[2]),
           strings["counties." + parts[1]] != nil {
            return context.t("plan.provider.counties") + " · " + context.t(indicator.name) + " · " + context.t("counties." + parts[1])
        }
        return key
    }
}
