/// The figures that set a KPI's light (`light_from`): the official ones reported with their
/// source (公布数), or those the platform computes from its own records (系统计算).
public enum KPILightSource: String, Sendable, Hashable, Codable, CaseIterable {
    case reported
    case computed
}
