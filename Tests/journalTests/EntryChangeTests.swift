import Foundation
import Testing

/// Issue 16, "`journal edit ID` changes everything an entry has" and "Delete takes several
/// ids": every change round trips through `show --format json` and prints what changed in one
/// line; a refused change or delete leaves the journal file as it was.
@Suite("Changing and deleting entries")
struct EntryChangeTests {
    static let original = "Argued with Sam about money #family"

    static let oneEntry = JournalTemplate([
        ["--date", "2025-03-02 22:30", "--mood", "3", "--tag", "money", "--feeling", "anxious", original]
    ])

    static let asAdded = StrictEntry(
        id: 1, date: "2025-03-02T22:30:00+01:00", mood: 3, text: original, tags: ["family", "money"],
        feelings: ["anxious"], flagged: false, private: false)

    struct Change: CustomTestStringConvertible, Sendable {
        var options: [String]
        var printed: String
        var apply: @Sendable (inout StrictEntry) -> Void

        var testDescription: String { "journal edit 1 " + options.joined(separator: " ") }
    }

    static let changes: [Change] = [
        Change(options: ["--feeling", "proud"], printed: "Changed entry 1: feeling proud added.") {
            $0.feelings = ["anxious", "proud"]
        },
        Change(options: ["--feeling", "Proud", "--feeling", "calm"], printed: "Changed entry 1: feelings calm, proud added.") {
            $0.feelings = ["anxious", "calm", "proud"]
        },
        Change(options: ["--tag", "swim"], printed: "Changed entry 1: tag #swim added.") {
            $0.tags = ["family", "money", "swim"]
        },
        Change(options: ["--tag", "#Swim"], printed: "Changed entry 1: tag #swim added.") {
            $0.tags = ["family", "money", "swim"]
        },
        Change(options: ["--remove-feeling", "anxious"], printed: "Changed entry 1: feeling anxious removed.") {
            $0.feelings = []
        },
        Change(options: ["--remove-tag", "money"], printed: "Changed entry 1: tag #money removed.") {
            $0.tags = ["family"]
        },
        Change(options: ["--clear-feelings"], printed: "Changed entry 1: feeling anxious removed.") { $0.feelings = [] },
        Change(
            options: ["--clear-tags"], printed: "Changed entry 1: tag #money removed. #family stays, as written in the text."
        ) { $0.tags = ["family"] },
        Change(
            options: ["--clear-feelings", "--feeling", "calm", "--feeling", "hopeful"],
            printed: "Changed entry 1: feelings calm, hopeful added, feeling anxious removed."
        ) { $0.feelings = ["calm", "hopeful"] },
        Change(
            options: ["--clear-tags", "--tag", "repair"],
            printed: "Changed entry 1: tag #repair added, tag #money removed. #family stays, as written in the text."
        ) { $0.tags = ["family", "repair"] },
        Change(
            options: ["--text", "We made up later. #repair"],
            printed: "Changed entry 1: text changed, tag #repair added, tag #family removed."
        ) {
            $0.text = "We made up later. #repair"
            $0.tags = ["money", "repair"]
        },
        Change(
            options: ["--date", "2025-02-01 08:15", "--mood", "6", "--flag", "--private"],
            printed: "Changed entry 1: date Sun 2 Mar 2025, 22:30 → Sat 1 Feb 2025, 08:15, mood 3 → 6, flagged, made private."
        ) {
            $0.date = "2025-02-01T08:15:00+01:00"
            $0.mood = 6
            $0.flagged = true
            $0.private = true
        },
        Change(options: ["--clear-mood"], printed: "Changed entry 1: mood 3 removed.") { $0.mood = nil },
        Change(options: ["--feeling", "anxious"], printed: "No change to entry 1.") { _ in },
        Change(options: ["--unflag", "--public", "--mood", "3"], printed: "No change to entry 1.") { _ in },
    ]

    @Test("each change shows in show --format json, and the line printed says what changed", arguments: changes)
    func changeRoundTrips(_ change: Change) throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        var expected = Self.asAdded
        change.apply(&expected)

        let edited = try sandbox.run(["edit", "1"] + change.options)

        #expect(edited.succeeded, "\(edited.errors)")
        #expect(edited.output == change.printed + "\n")
        #expect(try shownEntry(1, in: sandbox) == expected)
    }

    @Test func editingTheTextAndTheDetailsAtOnceAndAgain() throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        try #require(try sandbox.run("edit", "1", "--text", "First rewrite #calm", "--feeling", "calm").succeeded)
        let second = try sandbox.run("edit", "#1", "--text", "Second rewrite #calm #sleep", "--remove-feeling", "anxious")

        #expect(second.output == "Changed entry 1: text changed, feeling anxious removed, tag #sleep added.\n", "\(second.errors)")
        #expect(
            try shownEntry(1, in: sandbox)
                == StrictEntry(
                    id: 1, date: "2025-03-02T22:30:00+01:00", mood: 3, text: "Second rewrite #calm #sleep",
                    tags: ["calm", "money", "sleep"], feelings: ["calm"], flagged: false, private: false))
    }

    @Test(
        "a change that cannot be made is refused whole, saying why, and the journal stays as it was",
        arguments: [
            (["--remove-feeling", "proud"], "entry 1 has no feeling \"proud\", so nothing was changed"),
            (["--remove-tag", "swim"], "entry 1 has no tag #swim"),
            (["--remove-tag", "family"], "#family is written in the text of entry 1"),
            (["--remove-tag", "#Family"], "#family is written in the text of entry 1"),
            (["--feeling", "calm", "--remove-feeling", "Calm"], "\"calm\" is both added and removed"),
            (["--tag", "tag!"], "cannot be a tag"),
            (["--feeling", " "], "cannot be a feeling"),
            (["--text", " \n "], "empty"),
            (["--mood", "9", "--remove-feeling", "proud"], "has no feeling"),
            (["--text", "Other words", "--remove-tag", "money", "--remove-tag", "swim"], "has no tag #swim"),
            (["--mood", "5", "--clear-mood"], "contradict"),
        ])
    func refusedChanges(_ options: [String], _ message: String) throws {
        let sandbox = try Self.oneEntry.makeSandbox()
        try sandbox.expectRefusal(["edit", "1"] + options, containing: message)
        #expect(try shownEntry(1, in: sandbox) == Self.asAdded)
    }

    // MARK: journal delete

    static let threeEntries = JournalTemplate([
        ["--date", "2025-03-01 10:00", "First\nmore of the first"],
        ["--date", "2025-03-02 10:00", "Second #family"],
        ["--date", "2025-03-03 10:00", "Third"],
    ])

    @Test func severalEntriesAreShownWithTheirDateAndFirstLineBeforeTheyAreDeleted() throws {
        let sandbox = try Self.threeEntries.makeSandbox()

        let deleted = try sandbox.runOnTerminal(["delete", "3", "1"], typed: "y\n", environment: ["NO_COLOR": "1"])

        #expect(deleted.succeeded, "\(deleted.output)")
        #expect(deleted.output.contains("#3  Mon 3 Mar 2025, 10:00  Third\r\n#1  Sat 1 Mar 2025, 10:00  First\r\n"), "\(deleted.output)")
        #expect(!deleted.output.contains("more of the first"))
        #expect(deleted.output.contains("Delete these 2 entries for good? [y/N]"))
        #expect(deleted.output.contains("Deleted entries 3 and 1."))
        #expect(try sandbox.run("list", "--format", "json").output.contains("Second #family"))
        for id in [1, 3] { #expect(try sandbox.run("show", String(id)).status != 0) }
    }

    @Test func declinedNothingIsDeleted() throws {
        let sandbox = try Self.threeEntries.makeSandbox()
        let before = try #require(sandbox.databaseSnapshot())

        let kept = try sandbox.runOnTerminal(["delete", "1", "2", "3"], typed: "n\n")

        #expect(kept.output.contains("Delete these 3 entries for good?"))
        #expect(kept.output.contains("Nothing was deleted."))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func withYesAllAreDeletedAndAnIdTwiceCountsOnce() throws {
        let sandbox = try Self.threeEntries.makeSandbox()

        let deleted = try sandbox.run("delete", "1", "#3", "1", "--yes")

        #expect(deleted.output == "Deleted entries 1 and 3.\n", "\(deleted.errors)")
        #expect(try shownEntry(2, in: sandbox).text == "Second #family")
    }

    @Test(
        "all or none: an id that is not there, or no way to confirm, deletes nothing",
        arguments: [
            (["delete", "1", "99", "--yes"], "there is no entry 99"),
            (["delete", "2", "99"], "there is no entry 99"),
            (["delete", "1", "3"], "to delete from a script, run journal delete 1 3 --yes"),
        ])
    func allOrNone(_ arguments: [String], _ message: String) throws {
        let sandbox = try Self.threeEntries.makeSandbox()
        try sandbox.expectRefusal(arguments, containing: message)
    }
}
