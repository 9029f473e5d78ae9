import Foundation
import Testing

@Suite("journal search")
struct SearchCommandTests {
    func sandboxWithEntries() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(sandbox.run("add", "--date", "3 days ago", "--mood", "3", "--feeling", "anxious", "We argued about money at the café #family").succeeded)
        try #require(sandbox.run("add", "--date", "2 days ago", "--mood", "2", "--flag", "Anxiety on the train, a panic attack").succeeded)
        try #require(sandbox.run("add", "--date", "yesterday", "--mood", "6", "--private", "A private panic").succeeded)
        return sandbox
    }

    @Test func findsBestMatchFirstWithHighlightedSnippets() throws {
        let sandbox = try sandboxWithEntries()
        let found = try sandbox.run("search", "panic")
        #expect(found.succeeded)
        #expect(found.output.contains("Anxiety on the train, a panic attack"))
        #expect(found.output.contains("private"))
        let json = try #require(try sandbox.run("search", "argue", "--format", "json").json() as? [[String: Any]])
        try #require(json.count == 1)
        #expect(json[0]["snippet"] as? String == "We **argued** about money at the café #family")
        #expect(json[0]["rank"] is Double)
        for key in ["id", "date", "mood", "text", "tags", "feelings", "flagged", "private"] { #expect(json[0][key] != nil) }
        let markdown = try sandbox.run("search", "cafe", "--format", "markdown").output
        #expect(markdown.contains("**café**"))
    }

    @Test func onATerminalMatchesAreBold() throws {
        let sandbox = try sandboxWithEntries()
        let found = try sandbox.runOnTerminal(["search", "train"])
        #expect(found.output.contains("\u{1B}[1mtrain\u{1B}[22m"))
    }

    @Test func excludedWordsAndFiltersWorkFromTheCommandLine() throws {
        let sandbox = try sandboxWithEntries()
        let output = try sandbox.run("search", "panic", "-private").output
        #expect(output.contains("train"))
        #expect(!output.contains("A private panic"))
        let filtered = try sandbox.run("search", "--feeling", "anxious", "--mood-below", "4").output
        #expect(filtered.contains("argued"))
        #expect(!filtered.contains("train"))
    }

    @Test func filtersTakeSeveralFeelingsOrTagsSeparatedByCommas() throws {
        let sandbox = try sandboxWithEntries()
        try #require(sandbox.run("add", "--mood", "4", "--feeling", "anxious, tired", "--tag", "work", "Long day").succeeded)
        let both = try sandbox.run("search", "--feeling", "anxious, tired").output
        #expect(both.contains("Long day"))
        #expect(!both.contains("argued"), "only the entry with both feelings")
        let tagged = try sandbox.run("search", "--tag", "family,work").output
        #expect(tagged == "No entries match.\n", "no entry has both tags")
        let one = try sandbox.run("search", "--tag", "#work,").output
        #expect(one.contains("Long day"))
    }

    @Test func noResultIsNotAnError() throws {
        let sandbox = try sandboxWithEntries()
        let outcome = try sandbox.run("search", "elephant")
        #expect(outcome.succeeded)
        #expect(outcome.output == "No entries match elephant.\n")
        #expect(try sandbox.run("search", "elephant", "--format", "json").output == "[]\n")
    }

    @Test(arguments: [
        "\"unbalanced", "NEAR(", "'; DROP TABLE entry; --", "panic*", "\"panic\" OR train", String(repeating: "é", count: 10_000),
    ])
    func oddQueriesStillSearch(query: String) throws {
        let sandbox = try sandboxWithEntries()
        let before = sandbox.databaseSnapshot()
        let outcome = try sandbox.run("search", query)
        #expect(outcome.succeeded, "\(outcome.errors)")
        #expect(outcome.errors.isEmpty)
        #expect(sandbox.databaseSnapshot() == before)
        #expect(try sandbox.run("list", "--format", "json").json() as? [Any] != nil)
    }

    @Test(arguments: [
        (["search", "-"], "has no letters or digits to search for"),
        (["search", "*"], "has no letters or digits to search for"),
        (["search", "\""], "has no letters or digits to search for"),
        (["search", "🙂"], "has no letters or digits to search for"),
        (["search", "OR", "OR"], "OR needs a word on each side"),
        (["search", "panic", "OR"], "OR needs a word on each side"),
        (["search", String(repeating: "word ", count: 2_000)], "the search has 2000 words"),
        (["search"], "there is nothing to search for"),
        (["search", ""], "there is nothing to search for"),
        (["search", " ", "--"], "there is nothing to search for"),
        (["search", "panic", "--limit", "-1"], "--limit must be 1 or more"),
        (["search", "panic", "--mood-below", "eleven"], "mood \"eleven\" is not a number"),
        (["search", "panic", "--limit", "0"], "--limit must be 1 or more"),
        (["search", "panic", "--sort", "size"], "size"),
        (["search", "--bogus"], "--bogus is not an option of journal search"),
        (["search", "panic", "--mood-above", "5", "--mood-below", "3"], "no mood is above 5 and below 3 at once — for the moods between them, swap the two: --mood-above 3 --mood-below 5"),
        (["search", "--mood-above", "4", "--mood-below", "5"], "no mood is above 4 and below 5 at once — leave a mood between them"),
        (["search", "--mood-above", "5", "--mood-below", "5"], "no mood is above 5 and below 5 at once"),
    ])
    func queriesThatCannotBeUnderstoodAreRefusedPlainly(arguments: [String], message: String) throws {
        let sandbox = try sandboxWithEntries()
        let outcome = try sandbox.run(arguments)
        #expect(!outcome.succeeded)
        #expect(outcome.errors.hasPrefix("journal: "))
        #expect(outcome.errors.contains(message))
        #expect(!outcome.errors.localizedCaseInsensitiveContains("sqlite"))
        #expect(!outcome.errors.contains("fts5"))
    }
}
