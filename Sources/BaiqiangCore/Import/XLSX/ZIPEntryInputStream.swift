import Foundation

/// A ZIP entry holding an XML part as an `InputStream`, so `XMLParser` reads the part as it is
/// unpacked and a part of any allowed size costs one small buffer, not its whole size in memory.
/// A refusal while unpacking ends the stream and is kept for the caller; so does `abandon()`,
/// which a parse that has failed calls so that the rest of the part is not unpacked for nothing.
///
/// A part with a document type declaration is refused before the parser sees it: Office parts
/// never have one, and its entities are how an XML file expands a few bytes into gigabytes.
final class ZIPEntryInputStream: InputStream {
    private let reader: ZIPEntryReader
    private(set) var refusal: ZIPRefusal?
    private var abandoned = false
    /// The bytes before the root element, while it has not been reached.
    private var prolog: [UInt8]? = []
    private var prologScanned = 0
    /// More prolog than this (declarations, comments, whitespace) is not an Office part.
    static let longestProlog = 64 * 1024

    init(_ reader: ZIPEntryReader) {
        self.reader = reader
        super.init(data: Data())
    }

    func abandon() { abandoned = true }

    override func open() {}
    override func close() {}

    override var hasBytesAvailable: Bool { refusal == nil && !abandoned && !reader.isFinished }

    // The inherited properties read a stream this one never opens.
    override var streamError: Error? {
        refusal.map { NSError(domain: "ZIPRefusal", code: 1, userInfo: [NSLocalizedDescriptionKey: $0.en]) }
    }

    override var streamStatus: Stream.Status {
        if refusal != nil { return .error }
        return hasBytesAvailable ? .open : .atEnd
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard refusal == nil else { return -1 }
        guard !abandoned else { return 0 }
        do throws(ZIPRefusal) {
            let count = try reader.read(into: buffer, capacity: length)
            if prolog != nil { try checkProlog(UnsafeBufferPointer(start: buffer, count: count)) }
            return count
        } catch {
            refusal = error
            return -1
        }
    }

    /// Looks through the prolog for `<!DOCTYPE` until the root element starts.
    private func checkProlog(_ bytes: UnsafeBufferPointer<UInt8>) throws(ZIPRefusal) {
        guard var prolog else { return }
        prolog += bytes.prefix(Self.longestProlog + 1 - min(prolog.count, Self.longestProlog + 1))
        let doctype = Array("<!DOCTYPE".utf8)
        var i = prologScanned
        while i < prolog.count {
            guard prolog[i] == UInt8(ascii: "<") else { i += 1; continue }
            guard i + 1 < prolog.count else { break }  // the next piece tells what follows
            let next = prolog[i + 1]
            if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") {
                self.prolog = nil  // the root element: the prolog is over
                return
            }
            if next == UInt8(ascii: "!") {
                guard i + doctype.count <= prolog.count else { break }
                if prolog[i..<(i + doctype.count)].elementsEqual(doctype) {
                    throw ZIPRefusal(zh: "\(reader.entry.path) 含有文档类型声明（DTD），电子表格不会这样做",
                                     en: "\(reader.entry.path) contains a document type declaration (DTD), which spreadsheets never do")
                }
            }
            i += 1
        }
        prologScanned = i
        guard prolog.count <= Self.longestProlog || reader.isFinished else {
            throw ZIPRefusal(zh: "\(reader.entry.path) 的 XML 开头部分超过 64 KiB", en: "the XML prolog of \(reader.entry.path) is longer than 64 KiB")
        }
        self.prolog = prolog
    }
}
