import Foundation

/// The plan CSV's columns under Chinese headers, so a sheet kept in a Chinese office (or a
/// template in the page's language) reads back as well as the English one.
extension PlanCSV {
    /// The text of a KPI sheet however it was saved: CSV in UTF-8 (with or without BOM) or
    /// GB18030, or an XLSX workbook's first sheet.
    public static func text(from data: Data) throws -> String {
        let format = try data.withUnsafeBytes { bytes in
            Result { () throws(ImportFileError) in try TableFormat.detect(bytes) }
        }.get()
        guard format == .xlsx else { return try TextDecoding.string(from: data) }
        return String(decoding: try TableReader(data: data).utf8CSV(), as: UTF8.self)
    }

    /// Each column's Chinese header, in `header` order.
    public static let chineseHeader: [String] = header.map { chineseNames[$0] ?? $0 }

    private static let chineseNames: [String: String] = [
        "record": "记录类型", "item": "事项编码", "kpi": "指标编码", "name_zh": "指标名称(中文)", "name_en": "指标名称(英文)",
        "unit": "单位", "direction": "方向", "baseline_value": "基期值", "baseline_date": "基期日期",
        "baseline_source": "基期来源", "target_value": "目标值", "target_deadline": "目标期限", "target_strict": "严格目标",
        "owner": "责任单位", "weight": "权重", "published": "是否公开", "source": "数据来源方式", "provider": "计算来源",
        "light_from": "亮灯依据", "range_min": "区间下限", "range_max": "区间上限", "note_zh": "备注(中文)",
        "note_en": "备注(英文)", "value": "数值", "date": "日期", "source_note": "来源说明", "entered_by": "填报人",
        "status": "状态", "reason": "更正原因", "cited_publisher": "引用发布机构", "cited_title": "引用标题",
        "cited_date": "引用日期", "cited_address": "引用网址", "cited_from_copy": "引自副本",
    ]

    /// The English column a written header names (English or Chinese, spacing, case and
    /// full-width brackets ignored); the header itself when it names none.
    static func canonicalColumn(_ written: String) -> String {
        lookup[HeaderText.normalise(written)] ?? written
    }

    private static let lookup: [String: String] = {
        var lookup: [String: String] = [:]
        for (english, chinese) in zip(header, chineseHeader) {
            lookup[HeaderText.normalise(english)] = english
            lookup[HeaderText.normalise(chinese)] = english
        }
        return lookup
    }()
}
