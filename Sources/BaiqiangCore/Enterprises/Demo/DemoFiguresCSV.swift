import Foundation

/// The demo county as the statistics bureau's CSV files (the registry import's English headers), so a
/// demo can also be loaded through the import path, and the import benchmark has a realistic
/// 1,000,000-row file. Lines only; the caller writes them (Core does no I/O).
public enum DemoFiguresCSV {
    public static let yearlyHeader = YearlyFiguresFile.spec.englishHeader.joined(separator: ",")
    public static let monthlyHeader = "credit_code,year,month,revenue_wan,output_wan,tax_wan,electricity_wkwh"

    /// How the town column is written: its Chinese name (as the bureau's files do) or its code.
    public enum TownColumn: Sendable {
        case name
        case code
    }

    /// One line per year with figures (none for the plan's named firms), each marked as demo data.
    public static func yearlyLines(of firm: DemoFirm, county: DemoCounty, town: TownColumn = .name) -> [String] {
        let townText = firm.townCode.map { code in
            town == .code ? code : county.towns.first { $0.code == code }?.name ?? code
        } ?? ""
        let prefix = [field(firm.creditCode), field(firm.name), field(townText), field(firm.industryCode ?? "")].joined(separator: ",")
        return firm.yearly.map { row in
            ([prefix, String(row.year)] + YearlyFigure.allCases.map { figure in
                row[figure].map { figure.isInteger ? String(Int($0)) : fixed($0, places: figure.decimals) } ?? ""
            } + [row.aboveScale ? "1" : "0", "1"]).joined(separator: ",")
        }
    }

    /// Twelve lines per year with figures.
    public static func monthlyLines(of firm: DemoFirm) -> [String] {
        firm.monthly().map { m in
            [
                m.creditCode, String(m.year), String(m.month), fixed(m.revenueWan), fixed(m.outputWan), fixed(m.taxWan),
                fixed(m.electricityWanKWh),
            ].joined(separator: ",")
        }
    }

    /// A non-negative amount with a fixed number of decimals, without `String(format:)`
    /// (millions of rows).
    static func fixed(_ value: Double, places: Int = 2) -> String {
        let scale = places == 3 ? 1000.0 : 100.0
        let scaled = Int64((value * scale).rounded())
        let unit = Int64(scale)
        let fraction = String(scaled % unit)
        return "\(scaled / unit)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// RFC 4180 quoting when a field needs it (generated fields never do; the guard is cheap).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
