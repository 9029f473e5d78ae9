import Foundation
import Testing

/// `journal search` finds an entry by the names of its pictures, however they came: with the
/// entry, attached later, or brought in by an import; and forgets a name once it is detached.
@Suite("Search finds pictures by their names")
struct PictureSearchTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
    }

    /// A drawing written by hand (no image program needed to make it); `background` makes each
    /// one's bytes its own.
    func drawing(_ name: String, background: String = "white") throws -> String {
        let path = sandbox.path(name)
        try TestPictures.svgWithScript(background: background).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The ids and snippets `search` finds for `words`.
    func found(_ words: String...) throws -> [(id: Int, snippet: String)] {
        let outcome = try sandbox.run(["search"] + words + ["--format", "json"])
        try #require(outcome.succeeded, "search failed: \(outcome.errors)")
        let hits = try #require(try outcome.json() as? [[String: Any]])
        return try hits.map { (try #require($0["id"] as? Int), $0["snippet"] as? String ?? "") }
    }

    func expectJournalChecksOut(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = try sandbox.run("check")
        #expect(check.succeeded, "check: \(check.output) \(check.errors)", sourceLocation: sourceLocation)
    }

    @Test func anEntryIsFoundByTheNameOfItsPicture() throws {
        let storm = try drawing("storm.svg")
        try #require(sandbox.run("add", "--attach", storm, "What the evening felt like").succeeded)
        try #require(sandbox.run("add", "Rain all day, nothing else").succeeded)

        let hits = try found("storm")
        #expect(hits.map(\.id) == [1])
        #expect(hits.first?.snippet == "picture **storm**.svg")
        #expect(try found("storm", "evening").map(\.id) == [1], "a name and the text together")
        #expect(try found("storm", "-evening").isEmpty)
        #expect(try sandbox.run("search", "storm").output.contains("picture storm.svg"))
        try expectJournalChecksOut()
    }

    @Test func anEntryOfPicturesAloneIsFound() throws {
        let storm = try drawing("Storm over the sea.svg")
        try #require(sandbox.run("add", "--attach", storm, input: "").succeeded)
        #expect(try found("sea").map(\.id) == [1])
        #expect(try found("storm", "sea").map(\.id) == [1])
    }

    @Test func namesAttachedLaterAreFoundAndDetachedOnesForgotten() throws {
        try #require(sandbox.run("add", "A walk by the river").succeeded)
        #expect(try found("heron").isEmpty)
        try #require(sandbox.run("attach", "1", try drawing("heron.svg")).succeeded)
        try #require(sandbox.run("attach", "1", try drawing("bridge.svg", background: "black")).succeeded)
        #expect(try found("heron").map(\.id) == [1])
        #expect(try found("bridge").map(\.id) == [1])

        try #require(sandbox.run("detach", "1", "1", "--yes").succeeded)
        #expect(try found("heron").isEmpty)
        #expect(try found("bridge").map(\.id) == [1])
        try expectJournalChecksOut()
    }

    @Test func importedPicturesAreFound() throws {
        try #require(sandbox.run("add", "--attach", try drawing("storm.svg"), "What the evening felt like").succeeded)
        let exported = sandbox.path("journal.json")
        try #require(sandbox.run("export", "--output", exported).succeeded)

        // Into a new journal: the entry with its picture.
        let other = try Sandbox()
        try #require(other.run("import", exported).succeeded)
        let hits = try #require(try other.run("search", "storm", "--format", "json").json() as? [[String: Any]])
        #expect(hits.count == 1)

        // Into the journal it came from, whose entry has lost its picture: the picture comes back,
        // and with it its name in the index.
        try #require(sandbox.run("detach", "1", "1", "--yes").succeeded)
        #expect(try found("storm").isEmpty)
        let imported = try sandbox.run("import", exported)
        #expect(imported.succeeded, "\(imported.errors)")
        #expect(try found("storm").map(\.id) == [1])
        #expect(try found("evening").map(\.id) == [1])
        try expectJournalChecksOut()
    }
}
