import Foundation

/// A firm's facts as the short JSON object a stored result keeps, e.g.
/// `{"v":1,"s":"rated","k":"B","f":0,"y":2015,"m":[1520.5,null,12]}`. Written by hand because a
/// run writes a million of them and a general encoder spent more time than the evaluation
/// itself; read back with `JSONDecoder`, one firm at a time.
extension FirmFacts {
    /// The version of this shape, so a reader can tell it from the full explanations older runs stored.
    static let jsonVersion = 1

    public var json: String {
        var text = "{\"v\":\(Self.jsonVersion),\"s\":\"\(status.rawValue)\""
        if let classByRank { text += ",\"k\":\"\(classByRank.rawValue)\"" }
        text += ",\"f\":\(flags.rawValue)"
        if let startYear { text += ",\"y\":\(startYear)" }
        text += ",\"m\":["
        for (index, value) in measures.enumerated() {
            if index > 0 { text += "," }
            if let value, value.isFinite { text += value.description } else { text += "null" }
        }
        text += "]}"
        return text
    }

    /// The facts in `json`; nil when it is not this shape (an older run's full explanation).
    public init?(json: String) {
        guard json.hasPrefix("{\"v\":"),
              let stored = try? JSONDecoder().decode(Stored.self, from: Data(json.utf8)),
              stored.v == Self.jsonVersion,
              let status = FirmStatus(rawValue: stored.s) else { return nil }
        let classByRank = stored.k.flatMap(EvaluationClass.init(rawValue:))
        guard stored.k == nil || classByRank != nil else { return nil }
        self.init(status: status, classByRank: classByRank, flags: FirmFlags(rawValue: stored.f),
                  startYear: stored.y, measures: stored.m)
    }

    private struct Stored: Decodable {
        var v: Int
        var s: String
        var k: String?
        var f: UInt8
        var y: Int?
        var m: [Double?]
    }
}
