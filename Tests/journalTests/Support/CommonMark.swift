import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A real CommonMark reader, Debian's `cmark`, to check what a Markdown document means: its
/// outline, and whether it holds raw HTML. `.ci/run` installs it.
enum CommonMark {
    static let program = "/usr/bin/cmark"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: program) }

    /// Under CI (`CI=true`) a missing `cmark` fails the tests that need it instead of skipping them.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The condition of a test that reads Markdown with `cmark`.
    static var condition: ConditionTrait {
        .enabled(if: isAvailable || isRequired, "needs Debian's cmark to read Markdown as CommonMark (.ci/run installs it)")
    }

    /// One node of the document, as `cmark --to xml` names it, with its depth (the document is 0).
    struct Node: Equatable, CustomStringConvertible {
        var name: String
        var depth: Int
        var attributes: [String: String]
        var text: String

        var description: String { "\(String(repeating: "  ", count: depth))\(name) \(attributes) \(text.debugDescription)" }
    }

    /// The document's nodes, in order.
    static func nodes(of markdown: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Node] {
        try #require(isAvailable, "cmark is not installed at \(program), and CI=true requires it", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--to", "xml"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        nonisolated(unsafe) var xml = Data()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { xml = output.fileHandleForReading.readDataToEndOfFile() }
        try input.fileHandleForWriting.write(contentsOf: Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        reading.wait()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "cmark failed", sourceLocation: sourceLocation)
        let collector = NodeCollector()
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        try #require(parser.parse(), "cmark's XML could not be read", sourceLocation: sourceLocation)
        return collector.nodes
    }

    /// The document's own headings, those directly under it: its outline, as `level text`.
    static func outline(of markdown: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try nodes(of: markdown, sourceLocation: sourceLocation)
            .filter { $0.name == "heading" && $0.depth == 1 }
            .map { "\($0.attributes["level"] ?? "?") \($0.text)" }
    }

    private final class NodeCollector: NSObject, XMLParserDelegate {
        var nodes: [Node] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            nodes.append(Node(name: name, depth: open.count, attributes: attributes, text: ""))
            open.append(nodes.count - 1)
        }

        /// The nodes that hold text; the white space between the others is the XML's layout.
        private static let leaves: Set<String> = ["text", "code", "code_block", "html_block", "html_inline"]

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let innermost = open.last, Self.leaves.contains(nodes[innermost].name) else { return }
            // A heading's text, or a quote's, is what the leaves inside it hold.
            for index in open { nodes[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }
}
