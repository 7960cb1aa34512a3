/// XML built as a tree and written in one pass, every text and attribute value through
/// `XMLEscaping`: the writers that produce documents from user text (the Word report) cannot
/// splice an unescaped string into markup. Element and attribute names come from code only.
public indirect enum XMLTree: Sendable {
    case element(String, attributes: [(String, String)] = [], children: [XMLTree] = [])
    case text(String)

    /// A shorthand for an element.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [XMLTree] = []) -> XMLTree {
        .element(name, attributes: attributes, children: children)
    }

    /// The tree as markup, without an XML declaration.
    public var rendered: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// The tree as a standalone UTF-8 document.
    public var document: [UInt8] {
        var output = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        write(to: &output)
        return Array(output.utf8)
    }

    public func write(to output: inout String) {
        switch self {
        case .text(let text):
            output += XMLEscaping.escape(text)
        case let .element(name, attributes, children):
            output += "<" + name
            for (key, value) in attributes {
                output += " " + key + "=\"" + XMLEscaping.escape(value) + "\""
            }
            if children.isEmpty {
                output += "/>"
                return
            }
            output += ">"
            for child in children { child.write(to: &output) }
            output += "</" + name + ">"
        }
    }
}
