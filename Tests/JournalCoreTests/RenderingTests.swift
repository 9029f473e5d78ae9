import Foundation
import Testing

@testable import JournalCore

@Suite("Rendering entries")
struct RenderingTests {
    let entry = Entry(
        id: 12, moment: Moment(Date(timeIntervalSince1970: 1_795_205_100), utcOffsetSeconds: 3600), mood: nil,
        text: "Line \"one\"\n\u{1B}[31mred\u{7}", tags: ["family"], feelings: ["anxious"],
        isFlagged: true, isPrivate: false)

    @Test func jsonHasTheDocumentedShapeInOrder() {
        let json = EntryRendering.json(entry).rendered()
        #expect(
            json == """
                {
                  "id": 12,
                  "date": "2026-11-20T21:05:00+01:00",
                  "mood": null,
                  "text": "Line \\"one\\"\\n\\u001b[31mred\\u0007",
                  "tags": [
                    "family"
                  ],
                  "feelings": [
                    "anxious"
                  ],
                  "flagged": true,
                  "private": false
                }
                """)
    }

    @Test func onATerminalControlCharactersAreShownNotObeyed() {
        let terminal = TextStyle(usesColor: false, showsControlCharacters: true, width: 80)
        let shown = EntryRendering.detail(entry, format: .text, style: terminal)
        #expect(!shown.unicodeScalars.contains("\u{1B}"))
        #expect(shown.contains("␛[31mred␇"))
        let piped = EntryRendering.detail(entry, format: .text, style: .plain)
        #expect(piped.contains("\u{1B}[31mred\u{7}"))
    }

    @Test func visibleKeepsLineBreaksTabsAndWindowsLineEndings() {
        #expect(TerminalSafety.visible("a\tb\r\nc\rd\u{7F}\u{9B}\u{202E}") == "a\tb\r\nc␍d␡<U+009B><U+202E>")
    }

    @Test func closedIsolatesStayAndOthersAreShown() {
        #expect(TerminalSafety.visible("a \u{2068}حزين\u{2069} 3") == "a \u{2068}حزين\u{2069} 3")
        #expect(TerminalSafety.visible("\u{2068}a \u{2068}b\u{2069} c\u{2069}") == "\u{2068}a \u{2068}b\u{2069} c\u{2069}", "nested")
        #expect(TerminalSafety.visible("\u{2068}left open") == "<U+2068>left open")
        #expect(TerminalSafety.visible("closed\u{2069} first\u{2068}") == "closed<U+2069> first<U+2068>")
        #expect(TerminalSafety.visible("\u{2068}a\u{2068}b\u{2069}") == "<U+2068>a\u{2068}b\u{2069}", "the inner one closes")
        #expect(TerminalSafety.visible("\u{2068}a\nb\u{2069}") == "<U+2068>a\nb<U+2069>", "a line break ends an isolate")
        #expect(TerminalSafety.visible("\u{2067}a\u{2069}") == "<U+2067>a<U+2069>", "only first-strong isolates stay")
    }

    @Test func whatAWordOpensItClosesAndWhatItDidNotOpenItDoesNotClose() {
        #expect(BidiIsolation.isolated("\u{2069}حزين") == "\u{2068}حزين\u{2069}", "a stray closing isolate cannot end ours")
        #expect(BidiIsolation.isolated("حزين\u{202E}x") == "\u{2068}حزين\u{202E}x\u{202C}\u{2069}", "an override is closed inside")
        #expect(BidiIsolation.isolated("\u{2067}حزين") == "\u{2068}\u{2067}حزين\u{2069}\u{2069}")
        #expect(BidiIsolation.isolated("\u{2067}حزين\u{2069} ok\u{202C}") == "\u{2068}\u{2067}حزين\u{2069} ok\u{2069}")
        let terminal = TextStyle(usesColor: false, showsControlCharacters: true, width: 80)
        #expect(
            BidiIsolation.isolated("\u{2069}\u{202E}حزين", style: terminal) == "\u{2068}<U+2069><U+202E>حزين\u{2069}",
            "on a terminal what was typed is shown, and the isolate around it holds")
    }

    @Test func eachWrappedOrCutLineClosesWhatItOpens() {
        let text = "dropped: \u{2068}לא החזקתי את המעקה כל הדרך\u{2069}; learned: ok"
        let lines = text.wrapped(to: 24)
        #expect(lines.count > 1)
        for line in lines {
            let opened = line.unicodeScalars.filter { $0 == "\u{2068}" }.count
            let closed = line.unicodeScalars.filter { $0 == "\u{2069}" }.count
            #expect(opened == closed, "\(line.debugDescription)")
        }
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "\u{2069} \u{2068}", with: " ") == text)
        let cut = "Situation: \u{2068}ישבתי בישיבה ארוכה מאוד\u{2069} — belief 80".truncated(to: 20)
        #expect(cut.hasSuffix("…\u{2069}"))
        #expect("plain words".wrapped(to: 6) == ["plain", "words"])
    }

    @Test func theHTMLDigestTurnsClosedIsolatesIntoBdi() {
        #expect(DigestHTML.isolating("guilt \u{2068}<חרטה>\u{2069} 3") == "guilt <bdi>&lt;חרטה&gt;</bdi> 3")
        #expect(DigestHTML.isolating("\u{2068}open") == "&lt;U+2068&gt;open", "an open isolate is no tag")
        #expect(DigestHTML.escaped("\u{2068}حزين\u{2069}") == "\u{2068}حزين\u{2069}", "attributes keep the characters")
    }

    @Test func colourOnlyWhenAsked() {
        let coloured = TextStyle(usesColor: true, showsControlCharacters: true, width: 80)
        #expect(EntryRendering.list([entry], format: .text, style: coloured).contains("\u{1B}[1m"))
        #expect(!EntryRendering.list([entry], format: .text, style: .plain).contains("\u{1B}[1m"))
    }

    @Test func listShowsTheFirstLinesAndSaysHowManyMore() {
        var long = entry
        long.text = "one\ntwo\nthree\nfour"
        let listed = EntryRendering.list([long], format: .text, style: .plain)
        #expect(listed.contains("one\n    two\n    … 2 more lines"))
        #expect(!listed.contains("three"))
    }

    @Test func listCountsAWindowsLineBreakAsOneAndSkipsEmptyLines() {
        var windows = entry
        windows.text = "one\r\n\r\ntwo\r\n   \r\nthree\r\n"
        let onTerminal = TextStyle(usesColor: false, showsControlCharacters: true, width: 80)
        let listed = EntryRendering.list([windows], format: .text, style: onTerminal)
        #expect(listed.contains("    one\n    two\n    … 2 more lines"), "\(listed)")
        #expect(!listed.contains("\r") && !listed.contains("␍"))

        windows.text = "one\ntwo\nthree"
        #expect(EntryRendering.list([windows], format: .text, style: .plain).contains("… 1 more line\n"))
    }

    @Test func listCutsALongLineAndShowsControlCharactersInWhatItShows() throws {
        var long = entry
        long.text = "\u{1B}[31m" + String(repeating: "word ", count: 2_000)
        let onTerminal = TextStyle(usesColor: false, showsControlCharacters: true, width: 40)
        let lines = EntryRendering.list([long], format: .text, style: onTerminal).split(separator: "\n")
        try #require(lines.count > 1, "\(lines)")
        #expect(lines[1] == "    ␛[31mword word word word word word …")
    }

    @Test func wrapping() {
        #expect("aaa bbb ccc".wrapped(to: 7) == ["aaa bbb", "ccc"])
        #expect("averyveryverylongword x".wrapped(to: 5) == ["averyveryverylongword", "x"])
        #expect("a\n\nb".wrapped(to: 5) == ["a", "", "b"])
        #expect("abcdef".truncated(to: 4) == "abc…")
        #expect("abcd".truncated(to: 4) == "abcd")
        #expect("a🙂🙂🙂".truncated(to: 3) == "a🙂…")
    }
}
