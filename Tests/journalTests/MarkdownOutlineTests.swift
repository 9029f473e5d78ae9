import Foundation
import Testing

/// Whatever an entry, a topic or a feeling holds, the Markdown that `export`, `prep`, `list`
/// and `show` write keeps its own outline, and raw HTML shows as text: read with a real
/// CommonMark reader, Debian's `cmark`.
@Suite("Markdown out keeps its outline whatever the writer wrote", CommonMark.condition)
struct MarkdownOutlineTests {
    /// Texts that would each change a document's outline, or pass markup through, if they
    /// were pasted in as they are: one of each kind.
    static let hostileTexts = [
        "# First part\nSome words\n## Second part",
        "Setext heading\n==============\nand another\n---",
        "- a list item\n- another\n\n1. numbered\n2) numbered too",
        "```\na code fence that is never closed",
        "~~~swift\ntildes, never closed",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "<script>alert('hi')</script>\n<div>\n\n<b>bold</b> and <!-- an open comment",
        "> a quote\n>> deeper\n\n    indented code\n\n***",
        "[ref]: https://example.com \"title\"\n&amp; &#60;b&#62; \\<i>escaped\\</i> \\\\<u>under</u>",
        "<https://example.com> and <?php echo 1; ?> and <![CDATA[x]]>",
    ]

    /// Two journals alike in everything but what the writer wrote: one plain, one hostile.
    static func journals() throws -> (plain: Sandbox, hostile: Sandbox) {
        let plain = try Sandbox()
        let hostile = try Sandbox()
        for (index, text) in hostileTexts.enumerated() {
            let date = "2026-11-\(String(format: "%02d", 1 + index)) 2\(index % 4):15"
            var options = ["add", "--date", date, "--mood", String(index % 11)]
            if index.isMultiple(of: 3) { options.append("--flag") }
            try #require(plain.run(options + ["--feeling", "calm", "--", "plain words \(index)"]).succeeded)
            try #require(hostile.run(options + ["--feeling", "<b>*so*</b> #1", "--", text]).succeeded)
        }
        for (sandbox, topic) in [(plain, "plain topic"), (hostile, "# topic\n- with <i>markup</i> &amp; 1. more")] {
            try #require(sandbox.run("topic", "add", "--", topic).succeeded)
        }
        return (plain, hostile)
    }

    static let commands: [[String]] = [
        ["export", "--format", "markdown"],
        ["prep", "--format", "markdown", "--since", "2026-10-01"],
        ["prep", "--format", "markdown", "--since", "2026-10-01", "--brief"],
        ["list", "--format", "markdown", "--limit", "50"],
        ["show", "3", "--format", "markdown"],
    ]

    @Test(arguments: commands)
    func theOutlineIsTheSameWhateverTheEntriesHold(_ command: [String]) throws {
        let (plain, hostile) = try Self.journals()
        let plainDocument = try plain.run(command)
        let hostileDocument = try hostile.run(command)
        try #require(plainDocument.succeeded && hostileDocument.succeeded, "\(hostileDocument.errors)")

        let outline = try CommonMark.outline(of: plainDocument.output)
        let hostileOutline = try CommonMark.outline(of: hostileDocument.output)
        #expect(!outline.isEmpty)
        #expect(hostileOutline == outline)
    }

    @Test(arguments: commands)
    func rawHTMLShowsAsTextAndHeadingsStayInsideTheirEntry(_ command: [String]) throws {
        let (_, hostile) = try Self.journals()
        let document = try hostile.run(command)
        try #require(document.succeeded, "\(document.errors)")
        let nodes = try CommonMark.nodes(of: document.output)

        #expect(!nodes.contains { $0.name == "html_inline" }, "\(nodes.filter { $0.name == "html_inline" })")
        // The only HTML is the export's own comment under each entry's heading.
        let blocks = nodes.filter { $0.name == "html_block" }
        #expect(blocks.allSatisfy { $0.text.hasPrefix("<!-- journal-entry {") && $0.depth == 1 }, "\(blocks)")
        // Every heading the writer wrote is inside a quote, below the document's own.
        for heading in nodes.filter({ $0.name == "heading" && $0.depth > 1 }) {
            let before = nodes[..<nodes.firstIndex(of: heading)!]
            #expect(before.last { $0.depth < heading.depth }?.name == "block_quote", "\(heading)")
        }
        let text = nodes.filter { $0.name == "text" }.map(\.text).joined()
        if command[0] != "show" {
            #expect(text.contains("<b>*so*</b>"), "a feeling shows as typed")
        }
        if command.contains("--brief") || command[0] == "show" { return }
        #expect(text.contains("<script>alert('hi')</script>"))
        #expect(text.contains("&amp; &#60;b&#62;"))
        #expect(text.contains("<https://example.com>"))
    }

    @Test func aTopicIsOneItemOfTheList() throws {
        let (_, hostile) = try Self.journals()
        let digest = try hostile.run("prep", "--format", "markdown", "--since", "2026-10-01")
        let nodes = try CommonMark.nodes(of: digest.output)
        let topics = try #require(nodes.firstIndex { $0.name == "heading" && $0.text == "Topics to bring up" })
        let list = try #require(nodes[topics...].first { $0.name == "list" })
        #expect(list.text == "# topic - with <i>markup</i> &amp; 1. more")
        #expect(nodes.filter { $0.name == "item" && $0.depth == list.depth + 1 }.count >= 1)
        #expect(!nodes.contains { $0.name == "list" && $0.depth > list.depth && $0.text.contains("with") })
    }
}
