import BaiqiangCore
import Foundation
import Vapor

/// A table to hand to a user as a file: CSV (UTF-8 with a BOM, so Excel opens Chinese text
/// correctly) or XLSX. Every capability's "export this list" goes through here.
struct TableExport {
    enum Cell {
        case text(String)
        case number(Double)
        case empty
    }

    enum Format: String {
        case csv, xlsx

        var mediaType: HTTPMediaType {
            switch self {
            case .csv: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            case .xlsx: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            }
        }
    }

    var header: [String]
    var rows: [[Cell]]

    func bytes(_ format: Format) throws -> [UInt8] {
        switch format {
        case .csv:
            var writer = CSVWriter(reservingCapacity: rows.count * 64)
            for name in header { writer.field(name) }
            writer.endRecord()
            for row in rows {
                for cell in row {
                    switch cell {
                    case .text(let text): writer.field(text)
                    case .number(let value): writer.field(Self.plain(value))
                    case .empty: writer.emptyField()
                    }
                }
                writer.endRecord()
            }
            return [0xEF, 0xBB, 0xBF] + writer.bytes
        case .xlsx:
            var writer = XLSXWriter(sheetName: "Sheet1")
            writer.appendRow(header.map { .text($0) })
            for row in rows {
                writer.appendRow(row.map { cell in
                    switch cell {
                    case .text(let text): .text(text)
                    case .number(let value): .number(value)
                    case .empty: .empty
                    }
                })
            }
            return try writer.bytes()
        }
    }

    /// A number as people type it: no exponent, no trailing zeros.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // In millionths as an integer: `String(format:)` was most of writing an evaluation's
        // input of a million firms. Near a half millionth the product's rounding could decide
        // differently from printf's exact one, so those few values still go to printf.
        let scaled = abs(value) * 1e6
        if scaled < 1e15, abs(scaled - scaled.rounded(.down) - 0.5) > scaled * 1e-15 + 1e-9 {
            let millionths = Int64(scaled.rounded())
            var fraction = millionths % 1_000_000
            var digits = 6
            while digits > 0, fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            // Short texts stay inline (no allocation); trailing zeros are never written, since
            // trimming them afterwards was half of this function's time.
            var text = value < 0 && millionths > 0 ? "-" : ""
            text += String(millionths / 1_000_000)
            guard digits > 0 else { return text }
            text += "."
            let fractionText = String(fraction)
            for _ in fractionText.utf8.count..<digits { text += "0" }
            text += fractionText
            return text
        }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    func response(_ format: Format, fileName: String) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = format.mediaType
        headers.contentDisposition = .init(.attachment, filename: "\(fileName).\(format.rawValue)")
        return Response(status: .ok, headers: headers, body: .init(data: Data(try bytes(format))))
    }
}
