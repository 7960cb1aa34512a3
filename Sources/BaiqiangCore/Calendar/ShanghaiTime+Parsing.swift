import Foundation

extension ShanghaiTime {
    /// Reads an ISO 8601 instant as people type it at a command line or in a form:
    /// `2025-09-30T10:15:00+08:00`, `2025-09-30T02:15:00Z`, `2025-09-30T10:15` or `2025-09-30`.
    /// A time without an offset, or a bare date (its midnight), is Beijing time, because that is
    /// the clock the county's staff read. Returns nil for anything else.
    public static func parseISO8601(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separator = trimmed.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " })
        guard let day = LocalDate(iso: String(trimmed[..<(separator ?? trimmed.endIndex)])) else { return nil }
        guard let separator else { return instant(day) }

        var rest = Substring(trimmed[trimmed.index(after: separator)...])
        var offsetSeconds: Int? = nil
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offsetSeconds = 0
            rest = rest.dropLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let offset = parseOffset(rest[signIndex...]) else { return nil }
            offsetSeconds = offset
            rest = rest[..<signIndex]
        }
        guard let (hour, minute, second, fraction) = parseClock(rest) else { return nil }

        let local = instant(day, hour: hour, minute: minute, second: second).addingTimeInterval(fraction)
        guard let offsetSeconds else { return local }
        // The wall time was written at another offset: move it by the difference to Beijing time.
        return local.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: local) - offsetSeconds))
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`.
    private static func parseClock(_ text: Substring) -> (Int, Int, Int, Double)? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count),
              pieces[0].count == 2, pieces[1].count == 2,
              let hour = digits(pieces[0]), let minute = digits(pieces[1]),
              hour < 24, minute < 60 else { return nil }
        guard pieces.count == 3 else { return (hour, minute, 0, 0) }
        let secondParts = pieces[2].split(separator: ".", omittingEmptySubsequences: false)
        guard secondParts[0].count == 2, let second = digits(secondParts[0]), second < 60,
              secondParts.count <= 2 else { return nil }
        var fraction = 0.0
        if secondParts.count == 2 {
            guard !secondParts[1].isEmpty, digits(secondParts[1]) != nil,
                  let value = Double("0." + secondParts[1]) else { return nil }
            fraction = value
        }
        return (hour, minute, second, fraction)
    }

    /// `+08:00`, `+0800` or `+08`, in seconds east of UTC.
    private static func parseOffset(_ text: Substring) -> Int? {
        let sign = text.first == "-" ? -1 : 1
        let body = text.dropFirst().replacingOccurrences(of: ":", with: "")
        guard body.count == 2 || body.count == 4, let value = digits(Substring(body)) else { return nil }
        let hours = body.count == 2 ? value : value / 100
        let minutes = body.count == 2 ? 0 : value % 100
        guard hours <= 14, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
