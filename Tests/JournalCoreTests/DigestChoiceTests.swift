import Foundation
import Testing

@testable import JournalCore

/// What the writer chooses about a digest: the name on it, the entries left out this time, the
/// parts shown; and how the settings it reads are kept.
@Suite("The digest as the writer chooses it")
struct DigestChoiceTests {
    let store: JournalStore
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// Sunday 29 November 2026, 12:00 in Berlin.
    let now = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00+01:00")!

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    /// A day of November 2026 at noon, Berlin time.
    func date(_ day: Int, hour: Int = 12) -> Date {
        ISO8601DateFormatter().date(from: String(format: "2026-11-%02dT%02d:00:00+01:00", day, hour))!
    }

    @discardableResult
    func add(
        _ text: String, day: Int, mood: Int? = nil, feelings: [String] = [], tags: [String] = [], flagged: Bool = false,
        isPrivate: Bool = false
    ) throws -> Entry {
        try store.add(
            NewEntry(
                text: text, mood: mood, feelings: feelings, tags: tags, moment: Moment(date(day), utcOffsetSeconds: 3600),
                isFlagged: flagged, isPrivate: isPrivate),
            now: now)
    }

    func session(day: Int) throws {
        _ = try store.addSession(at: Moment(date(day, hour: 17), utcOffsetSeconds: 3600), note: nil, now: now)
    }

    func digest(
        since: Date? = nil, writer: String? = nil, excluding: [Int64] = [], parts: Set<DigestPart>? = nil
    ) throws -> Digest {
        try store.digest(
            DigestRequest(since: since, now: now, timeZone: berlin, writer: writer, excludedEntryIDs: excluding, parts: parts))
    }

    // MARK: Settings

    @Test func aSettingIsKeptChangedAndRemoved() throws {
        #expect(try store.settings().isEmpty, "none by default")
        #expect(try store.value(of: .name) == nil)
        #expect(try store.set(.name, to: "  A. Example \n") == "A. Example", "trimmed")
        #expect(try store.value(of: .name) == "A. Example")
        try store.set(.name, to: "Dana Levi")
        #expect(try store.settings().map(\.value) == ["Dana Levi"], "one value a setting")
        #expect(try store.remove(.name))
        #expect(try store.value(of: .name) == nil)
        #expect(try !store.remove(.name), "nothing left to remove")
    }

    @Test(arguments: [
        ("", SettingError.empty(.name)),
        ("   ", SettingError.empty(.name)),
        (String(repeating: "a", count: 81), SettingError.tooLong(.name, 81)),
        ("A.\nExample", SettingError.controlCharacter(.name)),
        ("A.\u{1B}[31m", SettingError.controlCharacter(.name)),
        ("\u{202E}elpmaxE", SettingError.controlCharacter(.name)),
        ("\u{2067}דנה", SettingError.controlCharacter(.name)),
    ])
    func aValueThatCannotHeadAPageIsRefused(value: String, error: SettingError) throws {
        #expect(throws: error) { try store.set(.name, to: value) }
        #expect(try store.value(of: .name) == nil, "nothing stored")
    }

    @Test func aSettingIsNamedAsTyped() throws {
        #expect(try Setting.named("name") == .name)
        #expect(try Setting.named("NAME") == .name)
        #expect(throws: SettingError.unknown("colour")) { try Setting.named("colour") }
        #expect(String(repeating: "a", count: 80).count == Setting.maximumLength)
    }

    // MARK: Whose digest

    @Test func theNameComesFromTheSettingOrThisDigestsOwn() throws {
        try add("a day", day: 27, mood: 5)
        #expect(try digest().writer == nil)
        try store.set(.name, to: "A. Example")
        #expect(try digest().writer == "A. Example")
        #expect(try digest(writer: "Dana").writer == "Dana", "--name overrides it once")
        #expect(try store.value(of: .name) == "A. Example")
    }

    @Test func theNameHeadsEveryFormat() throws {
        try add("a day", day: 27, mood: 5)
        let digest = try digest(writer: "דנה לוי")
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.hasPrefix("\u{2068}דנה לוי\u{2069} · Since your first entry: Fri 27 Nov 2026 to Sun 29 Nov 2026\n"))
        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        #expect(markdown.hasPrefix("# \u{2068}דנה לוי\u{2069} · Since your first entry\n"))
        let html = DigestRendering.render(digest, format: .html, brief: false, style: .plain)
        #expect(html.contains(#"<h1><span class="writer"><bdi>דנה לוי</bdi></span> Since your first entry</h1>"#))
        #expect(html.contains("<title>\u{2068}דנה לוי\u{2069} · Since your first entry: Fri 27 Nov 2026 to Sun 29 Nov 2026</title>"))
        #expect(html.contains("content: \"\u{2068}דנה לוי\u{2069} · Since your first entry: Fri 27 Nov 2026 to Sun 29 Nov 2026\";"), "where no <bdi> can go")
        let json = DigestRendering.render(digest, format: .json, brief: false, style: .plain)
        #expect(json.contains(#""writer": "דנה לוי""#))
    }

    // MARK: --exclude

    @Test func anExcludedEntryIsLeftOutEverywhereAndOnlyCounted() throws {
        try session(day: 10)
        let before = try add("before, left out too", day: 12, mood: 1)
        try add("before", day: 13, mood: 7)
        try session(day: 20)
        let excluded = try add("not this time", day: 22, mood: 0, feelings: ["ashamed"], tags: ["secret"], flagged: true)
        try add("a day", day: 23, mood: 5, feelings: ["calm"])
        try add("private", day: 24, mood: 2, isPrivate: true)
        let digest = try digest(excluding: [excluded.id, before.id])
        #expect(digest.entries.map(\.text) == ["a day"])
        #expect(digest.flagged.isEmpty)
        #expect(digest.hardestMoments.isEmpty)
        #expect(digest.mood.lowest?.text == "a day")
        #expect(digest.feelings.map(\.name) == ["calm"])
        #expect(digest.tags.isEmpty)
        #expect(digest.mood.previousAverage == 7, "left out of the period before too, as a private entry is")
        #expect(digest.excluded == 1, "only the entries of the period count")
        #expect(digest.privateExcluded == 1)
        for format in DigestFormat.allCases where format != .json {
            let rendered = DigestRendering.render(digest, format: format, brief: false, style: .plain)
            for word in ["not this time", "ashamed", "secret", "private", "excluded", "left out"] {
                #expect(!rendered.contains(word), "\(format): \(word)")
            }
        }
        #expect(DigestRendering.leftOut(digest) == [
            "Left out 1 private entry; --include-private adds them.",
            "Left out 1 entry you chose with --exclude.",
        ])
    }

    @Test func anEntryThatDoesNotExistCannotBeExcluded() throws {
        try add("a day", day: 23, mood: 5)
        #expect(throws: EntryError.notFound(99)) { try digest(excluding: [99]) }
    }

    // MARK: --only

    @Test func onlyTheChosenPartsAreShownAndWhatMustBeRaisedStays() throws {
        try add("flagged", day: 23, mood: 1, flagged: true)
        try add("other", day: 24, mood: 6)
        _ = try store.addTopic("a topic", now: now)
        _ = try store.addCheckIn(
            NewCheckIn(instrument: .phq9, answers: [1, 1, 1, 1, 1, 1, 1, 1, 2], moment: Moment(date(25), utcOffsetSeconds: 3600)),
            now: now)
        let digest = try digest(parts: [.flagged, .mood])
        let kinds = digest.sections.map { section -> String in
            switch section {
            case .raiseFirst(let checkIns): "raise first \(checkIns.count)"
            case .urgesToRaise: "urges"
            case .flagged: "flagged"
            case .mood: "mood"
            default: "other"
            }
        }
        #expect(kinds == ["raise first 1", "urges", "flagged", "mood"])
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.contains("To raise first"))
        #expect(!text.contains("TOPICS") && !text.contains("CHECK-INS") && !text.contains("ALL OTHER ENTRIES"))
    }

    @Test func entriesOfPartsLeftOutAreAmongTheOthers() throws {
        try add("flagged", day: 23, mood: 1, flagged: true)
        try add("low", day: 24, mood: 2)
        try add("high", day: 25, mood: 9)
        let digest = try digest(parts: [.entries])
        #expect(digest.sections.count == 3, "the two lines to raise first and the entries")
        #expect(digest.otherEntries.map(\.text) == ["flagged", "low", "high"], "shown once, here")
        let hardest = try self.digest(parts: [.hardest])
        #expect(hardest.hardestMoments.map(\.text) == ["flagged", "low"])
        #expect(hardest.hardestShownAbove.isEmpty, "flagged is not shown, so the entry is shown here in full")
    }

    static let typedParts: [(String, Set<DigestPart>)] = [
        ("flagged,mood", [.flagged, .mood]),
        (" Flagged , check-ins ,", [.flagged, .checkIns]),
        ("check-in,checkins", [.checkIns]),
        ("topics,topics", [.topics]),
        ("messages,topics,homework,flagged,mood,check-ins,worksheets,feelings,hardest,entries", Set(DigestPart.allCases)),
        ("Messages,homework", [.messages, .homework]),
    ]

    @Test(arguments: typedParts)
    func partsAreReadAsTyped(text: String, parts: Set<DigestPart>) throws {
        #expect(try DigestPart.parseList(text) == parts)
    }

    @Test(arguments: [("", DigestPartError.empty), (" , ", .empty), ("flagged,moods", .unknown("moods"))])
    func partsThatAreNoneAreRefused(text: String, error: DigestPartError) {
        #expect(throws: error) { try DigestPart.parseList(text) }
        #expect(error.advice.contains("messages, topics, homework, flagged, mood, check-ins, worksheets, feelings, hardest, entries"))
    }

    // MARK: Hardest moments

    @Test func aFlaggedHardestMomentIsReferredToNotRepeated() throws {
        try add("the worst evening", day: 23, mood: 1, flagged: true)
        try add("a low day", day: 24, mood: 4)
        try add("a good day", day: 25, mood: 8)
        try add("a fine day", day: 26, mood: 7)
        let digest = try digest()
        #expect(digest.hardestMoments.map(\.text) == ["the worst evening", "a low day"])
        for format in [DigestFormat.text, .markdown, .html] {
            let rendered = DigestRendering.render(digest, format: format, brief: false, style: .plain)
            #expect(rendered.components(separatedBy: "the worst evening").count == 2, "\(format): the text once")
            #expect(rendered.contains("also flagged above"), "\(format)")
            let hardest = try #require(rendered.range(of: format == .text ? "THE HARDEST MOMENTS" : "The hardest moments"))
            #expect(rendered[hardest.upperBound...].contains("Mon 23 Nov 2026, 12:00 · mood 1"), "\(format): its heading")
        }
    }

    // MARK: Sessions

    @Test func sinceReachingBackHoldsEverySessionOfThePeriod() throws {
        try session(day: 9)
        try session(day: 16)
        try add("a day", day: 18, mood: 5)
        try session(day: 23)
        try add("another", day: 25, mood: 6)
        let digest = try digest(since: date(12))
        #expect(digest.heldSessions.map(\.localTime.calendarDay.dayOfMonth) == [16, 23])
        #expect(try self.digest().heldSessions.map(\.localTime.calendarDay.dayOfMonth) == [23])
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.contains("Sessions in this period: Mon 16 Nov 2026 and Mon 23 Nov 2026"))
        let chart = DigestRendering.render(digest, format: .html, brief: false, style: .plain)
        #expect(chart.contains(">session 16 Nov</text>") && chart.contains(">session 23 Nov</text>"))
        #expect(chart.components(separatedBy: #"<line class="session" x1"#).count == 4, "two on the chart, one in its key")
    }

    // MARK: Check-in answers

    @Test func answersAreShownItemByItem() throws {
        try add("a day", day: 24, mood: 5)
        _ = try store.addCheckIn(
            NewCheckIn(instrument: .gad7, answers: [3, 2, 1, 0, 1, 2, 3], moment: Moment(date(25), utcOffsetSeconds: 3600)),
            now: now)
        let digest = try digest()
        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        #expect(markdown.contains("**GAD-7 on Wed 25 Nov 2026, item by item**\n\n| Item | Answer |\n| --- | --- |\n"))
        #expect(markdown.contains("| 1\\. Feeling nervous, anxious or on edge | 3 · Nearly every day |"))
        #expect(markdown.contains("| 7\\. Feeling afraid as if something awful might happen | 3 · Nearly every day |"))
        let html = DigestRendering.render(digest, format: .html, brief: false, style: .plain)
        #expect(html.contains(#"<tr><th scope="row">4. Trouble relaxing</th><td>0 · Not at all</td></tr>"#))
        #expect(html.contains("<caption>GAD-7 on Wed 25 Nov 2026, item by item</caption>"))
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(!text.contains("Trouble relaxing"), "the text keeps the totals")
        let full = DigestRendering.render(digest, format: .text, brief: false, full: true, style: .plain)
        #expect(full.contains("    4. Trouble relaxing: 0 · Not at all\n"))
    }

    // MARK: Right-to-left words

    @Test func rightToLeftWordsAreIsolatedAndOthersLeftAlone() {
        #expect(BidiIsolation.isolated("حزين") == "\u{2068}حزين\u{2069}")
        #expect(BidiIsolation.isolated("עצוב מאוד") == "\u{2068}עצוב מאוד\u{2069}")
        #expect(BidiIsolation.isolated("anxious") == "anxious")
        #expect(BidiIsolation.isolated("тревога") == "тревога")
        #expect(BidiIsolation.isolated("不安") == "不安")
        #expect(BidiIsolation.isolated("work-עבודה") == "\u{2068}work-עבודה\u{2069}")
    }

    @Test func countsStayWithTheirRightToLeftWords() throws {
        try add("a day", day: 24, mood: 5, feelings: ["حزين"], tags: ["عمل"])
        try add("another", day: 25, mood: 4, feelings: ["حزين", "calm"])
        let digest = try digest()
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.contains("Feelings: \u{2068}حزين\u{2069}\u{00A0}2, calm\u{00A0}1"))
        #expect(text.contains("Tags: #\u{2068}عمل\u{2069}\u{00A0}1"))
        #expect(text.contains("feeling \u{2068}حزين\u{2069} · #\u{2068}عمل\u{2069}"), "the feeling first, then the tag")
        let html = DigestRendering.render(digest, format: .html, brief: false, style: .plain)
        #expect(html.contains("Feelings: <bdi>حزين</bdi>\u{00A0}2, <bdi>calm</bdi>\u{00A0}1"))
        #expect(html.contains(#"<p class="labels">feeling <bdi>حزين</bdi> · #<bdi>عمل</bdi></p>"#))
        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        #expect(markdown.contains("Feelings: \u{2068}حزين\u{2069}\u{00A0}2, calm\u{00A0}1"))
    }

    @Test func onATerminalAWordIsMadeSafeBeforeItIsIsolated() {
        let terminal = TextStyle(usesColor: false, showsControlCharacters: true, width: 80)
        #expect(BidiIsolation.isolated("حزين\u{1B}", style: terminal) == "\u{2068}حزين␛\u{2069}")
    }
}
