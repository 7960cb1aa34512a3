import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming (SAX) parse of one XML part: subclasses see element starts, ends and text
/// without a document tree being built, so a million-row sheet costs no more memory than its bytes.
/// Element names arrive without a namespace prefix (`x:row` and `row` are the same).
class XMLPartParser: NSObject, XMLParserDelegate {
    /// An error thrown by a subclass callback, which stops the parse and is rethrown by `parse`.
    private(set) var callbackError: Error?

    /// The stream being parsed, abandoned as soon as the parse has failed.
    private weak var input: ZIPEntryInputStream?

    func parse(_ stream: ZIPEntryInputStream, part: String) throws(ImportFileError) {
        // `XMLParser(data:)` hands libxml2 the whole part as one chunk and fails on parts over
        // 10 MB (its lookup limit) after reporting every element; a stream is fed in pieces, as
        // it is unpacked, so the part is never held whole.
        let parser = XMLParser(stream: stream)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        input = stream
        let finished = parser.parse()
        if let refusal = stream.refusal {
            throw ImportFileError(.malformedXLSX(refusal.detail))
        }
        if let callbackError {
            if let fileError = callbackError as? ImportFileError { throw fileError }
            throw ImportFileError(.malformedXLSX("\(part): \(callbackError)"))
        }
        guard finished else {
            let detail = parser.parserError.map { "\($0.localizedDescription)" } ?? "unreadable XML"
            throw ImportFileError(.malformedXLSX("\(part) line \(parser.lineNumber): \(detail)"))
        }
    }

    /// Stops the parse from inside a callback; `parse` rethrows `error`.
    func fail(_ error: Error, _ parser: XMLParser) {
        callbackError = error
        parser.abortParsing()
        input?.abandon()
    }

    func start(_ element: String, _ attributes: [String: String]) {}
    func end(_ element: String) {}
    func text(_ string: String) {}

    /// The parser currently running, for subclasses that need to stop it.
    private(set) weak var currentParser: XMLParser?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        currentParser = parser
        guard callbackError == nil else { return }
        start(Self.localName(elementName), attributeDict)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        currentParser = parser
        guard callbackError == nil else { return }
        end(Self.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard callbackError == nil else { return }
        text(string)
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
