import Testing

@testable import JournalCore

@Suite("Tags in text and options")
struct TagsTests {
    @Test(arguments: [
        ("Argued with Sam about money #family", ["family"]),
        ("#Work was long. #work again, #WORK!", ["work"]),
        ("Learning C# and F#", []),
        ("Ticket #1 and #42", []),
        ("see page#section or &#39;", []),
        ("#self-care and #low_energy.", ["self-care", "low_energy"]),
        ("dash after #work- here", ["work"]),
        ("# Heading in markdown", []),
        ("##double", []),
        ("#café au lait, #日記", ["café", "日記"]),
        ("(#family) \"#friends\"", ["family", "friends"]),
        ("#a1b2", ["a1b2"]),
        ("#a#b and #c-#d", ["a#b", "c-#d"]),
        ("#c++ and #c# and #os/2, not #a/ or #b-/", ["c++", "c#", "os/2", "a", "b"]),
        ("x/#path a+#b", []),
        ("é#word, 🙂#smile", ["smile"]),
        ("ends with # or #", []),
        ("last word #x", ["x"]),
    ])
    func inlineTags(text: String, expected: [String]) {
        #expect(Tags.inline(in: text) == expected)
    }

    @Test func explicitAndInlineTagsMergeLowerCasedOnceSorted() throws {
        let tags = try Tags.normalized(explicit: ["Work", "#family", "work"], text: "Hard day #Family #sleep")
        #expect(tags == ["family", "sleep", "work"])
    }

    @Test(arguments: ["1st", "two words", "", "#", "+1", "tag!", "a.b", ",", " , "])
    func malformedExplicitTagsAreRefusedNotDropped(tag: String) {
        #expect(throws: EntryError.invalidTag(tag)) {
            try Tags.normalized(explicit: [tag], text: "text")
        }
    }

    @Test func aTypedTagIsTheStoredNameWithoutItsHash() {
        #expect(Tags.name(typed: "#Family") == "family")
        #expect(Tags.name(typed: "work") == "work")
        #expect(Tags.name(typed: "##x") == "#x", "only one # is the tag's mark")
    }
}
