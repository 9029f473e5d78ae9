import Foundation
import Testing

@testable import JournalCore

@Suite("The digest as a page to print")
struct DigestHTMLTests {
    let store: JournalStore
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// Sunday 29 November 2026, 12:00 in Berlin.
    let now = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00+01:00")!

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    /// A moment of November 2026 in Berlin: `day` of the month at `time`.
    func date(_ day: Int, _ time: String = "12:00") -> Date {
        ISO8601DateFormatter().date(from: "2026-11-\(day < 10 ? "0" : "")\(day)T\(time):00+01:00")!
    }

    @discardableResult
    func add(
        _ text: String, day: Int, time: String = "12:00", mood: Int? = nil, feelings: [String] = [],
        tags: [String] = [], flagged: Bool = false, isPrivate: Bool = false
    ) throws -> Entry {
        try store.add(
            NewEntry(
                text: text, mood: mood, feelings: feelings, tags: tags, moment: Moment(date(day, time), utcOffsetSeconds: 3600),
                isFlagged: flagged, isPrivate: isPrivate),
            now: now)
    }

    func session(day: Int, note: String? = nil) throws {
        _ = try store.addSession(at: Moment(date(day, "17:00"), utcOffsetSeconds: 3600), note: note, now: now)
    }

    func html(brief: Bool = false, includingPrivate: Bool = false) throws -> String {
        let digest = try store.digest(DigestRequest(includesPrivate: includingPrivate, now: now, timeZone: berlin))
        return DigestHTML(digest: digest, brief: brief).render()
    }

    /// The part of the page from `start` up to the first `end` after it.
    func part(of page: String, from start: String, to end: String) throws -> Substring {
        let from = try #require(page.range(of: start))
        let to = try #require(page.range(of: end, range: from.upperBound..<page.endIndex))
        return page[from.lowerBound..<to.upperBound]
    }

    func occurrences(of needle: String, in page: some StringProtocol) -> Int {
        page.components(separatedBy: needle).count - 1
    }

    // MARK: Writer text cannot become markup

    @Test func entryTextShowsMarkupLiterallyAndRunsNothing() throws {
        try add(
            "<script>alert(1)</script> and </style><style>body{display:none}</style>\nTom & Jerry said \"hi\" and 'bye'",
            day: 26, mood: 4, flagged: true)
        let page = try html()
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; and &lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;"))
        #expect(page.contains("Tom &amp; Jerry said &quot;hi&quot; and &#39;bye&#39;"))
        #expect(!page.lowercased().contains("<script"))
        #expect(occurrences(of: "</style>", in: page) == 1, "only the page's own style sheet ends")
        #expect(occurrences(of: "<style>", in: page) == 1)
    }

    @Test func feelingsTopicsAndSessionNotesAreEscapedToo() throws {
        try session(day: 20, note: "Talked about </style> & <b>Dad</b>'s \"house\"")
        try add("an ordinary day", day: 24, mood: 5, feelings: ["<i>low</i>", "\"odd\" & 'off'"])
        _ = try store.addTopic("<script>alert('topic')</script> & more", now: now)
        let page = try html()
        #expect(page.contains("Talked about &lt;/style&gt; &amp; &lt;b&gt;Dad&lt;/b&gt;&#39;s &quot;house&quot;"))
        #expect(page.contains("&lt;i&gt;low&lt;/i&gt;"))
        #expect(page.contains("&quot;odd&quot; &amp; &#39;off&#39;"))
        #expect(page.contains("&lt;script&gt;alert(&#39;topic&#39;)&lt;/script&gt; &amp; more"))
        for markup in ["<i>", "<b>", "<script", "'topic'"] {
            #expect(!page.contains(markup), "\(markup) should be escaped")
        }
        #expect(occurrences(of: "</style>", in: page) == 1)
    }

    @Test func aMarkupCharacterFollowedByACombiningMarkIsEscapedToo() throws {
        try add("<\u{0301}script> \"\u{0301} &\u{0301}", day: 26, mood: 4)
        let page = try html()
        #expect(page.contains("&lt;\u{0301}script&gt; &quot;\u{0301} &amp;\u{0301}"))
        let scalars = Array(page.unicodeScalars)
        #expect(!zip(scalars, scalars.dropFirst()).contains { $0 == "<" && $1 == "\u{0301}" })
    }

    @Test func controlCharactersAreShownAndCannotBreakThePage() throws {
        try add("bell\u{07} escape\u{1B}[31m nul\u{00} end", day: 25, mood: 5)
        let page = try html()
        #expect(page.contains("bell␇ escape␛[31m nul␀ end"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func blankLinesStartParagraphsAndSingleLineBreaksStay() throws {
        try add("first line\nsecond line\n\n\nnew paragraph\r\nits second line", day: 26, mood: 5)
        let page = try html()
        #expect(page.contains("<p dir=\"auto\">first line<br>\nsecond line</p>\n<p dir=\"auto\">new paragraph<br>\nits second line</p>"))
    }

    @Test func thePageAsksForNothingFromElsewhere() throws {
        try session(day: 20)
        try add("see https://example.com/page and http://example.org", day: 25, mood: 4, flagged: true)
        try add("second", day: 27, mood: 6)
        let page = try html()
        let markup = page.replacingOccurrences(of: "https://example.com/page and http://example.org", with: "")
        #expect(!markup.contains("http"), "no URL but the writer's own text")
        for request in ["<script", "<link", "<img", "<iframe", "<object", "src=", "href=", "url(", "@import", "@font-face"] {
            #expect(!page.lowercased().contains(request), "\(request) would ask for something")
        }
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    // MARK: Sections

    @Test func sectionsComeInTheOrderOfTheTextDigest() throws {
        try session(day: 18)
        _ = try store.addTopic("ask about sleep", now: now)
        try add("flagged one", day: 20, mood: 3, feelings: ["anxious"], tags: ["work"], flagged: true)
        try add("the worst", day: 21, mood: 1)
        try add("a calm day", day: 23, mood: 8)
        try add("not for the digest", day: 24, mood: 2, isPrivate: true)
        _ = try store.addCheckIn(
            NewCheckIn(instrument: .gad7, answers: [1, 1, 2, 1, 0, 0, 1], moment: Moment(date(22), utcOffsetSeconds: 3600)), now: now)
        let page = try html()
        let landmarks = [
            "<header>", #"<section id="topics">"#, #"<section id="flagged">"#, #"<section id="mood">"#,
            #"<section id="check-ins">"#, #"<section id="feelings-and-tags">"#, #"<section id="hardest-moments">"#,
            #"<section id="other-entries">"#,
        ]
        let positions = try landmarks.map { try #require(page.range(of: $0), "missing \($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(page.contains("<h1>Since your last session</h1>"))
        #expect(page.contains("<title>Since your last session: Wed 18 Nov 2026 to Sun 29 Nov 2026</title>"))
        #expect(page.contains("GAD-7 on Sun 22 Nov 2026: 6 of 21, mild"))
        #expect(page.contains("Feelings: <bdi>anxious</bdi>\u{00A0}1"))
        #expect(page.contains("Tags: #<bdi>work</bdi>\u{00A0}1"))
    }

    @Test func aCheckInWithThoughtsOfSelfHarmOpensThePage() throws {
        try add("a day", day: 26, mood: 4)
        _ = try store.addCheckIn(
            NewCheckIn(instrument: .phq9, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], moment: Moment(date(27), utcOffsetSeconds: 3600)),
            now: now)
        let page = try html()
        let notice = try #require(page.range(of: #"<p class="notice" role="note"><strong>To raise first: in your PHQ-9 check-in of Fri 27 Nov 2026"#))
        #expect(notice.lowerBound > (try #require(page.range(of: "</header>"))).lowerBound)
        #expect(notice.lowerBound < (try #require(page.range(of: #"<section id="topics">"#))).lowerBound)
    }

    @Test func briefCutsOnlyTheOtherEntriesToTheirFirstLines() throws {
        try add("flag one\nflag two\nflag three", day: 24, mood: 5, flagged: true)
        try add("other one\nother two\nother three", day: 25, mood: 6)
        let brief = try html(brief: true)
        #expect(brief.contains("<p dir=\"auto\">other one<br>\nother two …</p>"))
        #expect(!brief.contains("other three"))
        #expect(brief.contains("flag three"), "flagged entries stay whole")
        #expect(try html().contains("other three"))
    }

    @Test func privateEntriesNeverAppearUnlessAskedFor() throws {
        try add("shared words", day: 25, mood: 5, feelings: ["calm"])
        try add("my private words", day: 26, mood: 1, feelings: ["ashamed"], tags: ["secret"], isPrivate: true)
        let page = try html()
        for secret in ["private words", "ashamed", "secret"] {
            #expect(!page.contains(secret), "\(secret) is private")
        }
        #expect(!page.contains("private"), "the page a therapist reads says nothing of private entries")
        #expect(!page.contains(">1.0<") && !page.contains("> 1.0<"), "not even its mood")
        let withPrivate = try html(includingPrivate: true)
        #expect(withPrivate.contains("my private words"))
        #expect(withPrivate.contains(" · private</h3>"), "an entry asked for is marked private")
    }

    @Test func anEmptyJournalStillMakesAPage() throws {
        _ = try store.addTopic("ask about sleep", now: now)
        let page = try html()
        #expect(page.contains("No entries in this period."))
        #expect(page.contains("No entries, so no mood."))
        #expect(page.contains("ask about sleep"))
        #expect(!page.contains("<svg"), "no chart without a rating")
        #expect(!page.contains(#"id="flagged""#))
    }

    // MARK: The mood chart

    /// Ratings on the 20th and 21st, none on the 22nd, then the 23rd and 24th.
    func journalWithAGap() throws {
        try session(day: 12)
        try add("before", day: 14, mood: 7)
        try add("before too", day: 16, mood: 7)
        try session(day: 19)
        try add("one", day: 20, mood: 4)
        try add("two", day: 20, time: "20:00", mood: 5)
        try add("three", day: 21, mood: 2)
        try add("no rating", day: 22)
        try add("four", day: 23, mood: 6)
        try add("five", day: 24, mood: 8)
    }

    @Test func daysWithoutARatingAreGapsNotZeros() throws {
        try journalWithAGap()
        let chart = try part(of: try html(), from: "<svg", to: "</svg>")
        #expect(occurrences(of: #"<polyline class="mood""#, in: chart) == 2, "the line breaks at the 22nd")
        #expect(occurrences(of: #"<circle class="day""#, in: chart) == 4, "a point only on a rated day")
        let baseline = "168.0"
        #expect(!chart.contains(#"cy="\#(baseline)""#), "no point drawn at 0")
        let lines = chart.components(separatedBy: "\n").filter { $0.hasPrefix("<polyline") }
        #expect(lines.allSatisfy { !$0.contains(",\(baseline)") })
    }

    @Test func thePeriodBeforeIsADashedReferenceLine() throws {
        try journalWithAGap()
        let chart = try part(of: try html(), from: "<svg", to: "</svg>")
        // 7.0 of 10 on a plot from y 168 (0) to 24 (10): 168 - 144 × 0.7.
        #expect(chart.contains(#"<line class="previous" x1="40.0" y1="67.2" x2="560.0" y2="67.2"/>"#))
        #expect(chart.contains(">before: 7.0</text>"))
    }

    @Test func withoutAnEarlierRatingThereIsNoReferenceLine() throws {
        try add("one", day: 27, mood: 4)
        try add("two", day: 28, mood: 6)
        let page = try html()
        #expect(page.contains("<svg"))
        #expect(!page.contains(#"class="previous""#))
        #expect(!page.contains("average of the period before"))
    }

    @Test func theLastSessionIsMarked() throws {
        try journalWithAGap()
        let chart = try part(of: try html(), from: "<svg", to: "</svg>")
        #expect(chart.contains(#"<line class="session" x1="50.0""#), "at the first day, where the period starts")
        #expect(chart.contains(">session 19 Nov</text>"))
    }

    @Test func theChartIsDescribedInWords() throws {
        try journalWithAGap()
        let chart = try part(of: try html(), from: "<svg", to: "</svg>")
        #expect(chart.contains(#"<svg class="chart" role="img" aria-labelledby="mood-chart-title mood-chart-description""#))
        #expect(chart.contains(#"<title id="mood-chart-title">Average mood of each day, Thu 19 Nov 2026 to Sun 29 Nov 2026</title>"#))
        let description = try part(of: String(chart), from: "<desc", to: "</desc>")
        #expect(description.contains("rated on 4 of 11 days"))
        #expect(description.contains("5 of 6 entries rated, average 5.0"))
        #expect(description.contains("The period before: average 7.0 (down 2.0)"))
        #expect(description.contains("Session: Thu 19 Nov 2026"))
    }

    @Test func theNumbersAreAlsoInATable() throws {
        try journalWithAGap()
        let table = try part(of: try html(), from: #"<table class="days">"#, to: "</table>")
        // The 19th is a Thursday: each row is seven days of the period from there, so no cell
        // is a day outside it, and the columns are named from Thursday.
        #expect(table.contains(#"<thead><tr><th scope="col">Week from</th><th scope="col" abbr="Thursday">Thu</th><th scope="col" abbr="Friday">Fri</th>"#))
        #expect(table.contains(#"<th scope="col" abbr="Wednesday">Wed</th></tr></thead>"#))
        #expect(table.contains(#"<tr><th scope="row">19 Nov</th><td><span class="date">19</span> –</td><td><span class="date">20</span> 4.5</td><td><span class="date">21</span> 2.0</td><td><span class="date">22</span> –</td><td><span class="date">23</span> 6.0</td><td><span class="date">24</span> 8.0</td>"#))
        #expect(table.contains(#"<tr><th scope="row">26 Nov</th><td><span class="date">26</span>"#))
        #expect(!table.contains("<td></td>"), "no empty cell")
        #expect(occurrences(of: "<tr><th scope=\"row\">", in: table) == 2)
    }

    @Test func thePeriodHeadsEveryPrintedPage() throws {
        try add("one", day: 27, mood: 4)
        let page = try html()
        #expect(page.contains(#"@top-center {"# + "\n" + #"    content: "Since your first entry: Fri 27 Nov 2026 to Sun 29 Nov 2026";"#))
        #expect(page.contains(#"content: "Page " counter(page) " of " counter(pages);"#))
        #expect(!page.contains("@page :first"), "the first page too: blanking it lets the browser's own header through")
        #expect(!page.contains("break-before"), "sections flow from page to page")
        #expect(page.contains(".entry {\n  margin: 0 0 1.4rem; padding: 0.05rem 0 0.05rem 1rem; border-left: 3px solid #b7c0ca;\n  break-inside: avoid;"))
    }

    @Test func theKeyShowsAGapAsTheChartDrawsIt() throws {
        try journalWithAGap()
        let key = try part(of: try html(), from: "<figcaption>", to: "</figcaption>")
        let gap = try part(of: String(key), from: #"<span class="key"><svg class="chart" viewBox="0 0 30 10" aria-hidden="true"><line class="mood" x1="1""#, to: "</span>")
        #expect(gap.contains(#"<circle class="day""#))
        #expect(gap.hasSuffix("</svg> a gap: no rating that day</span>"))
    }

    @Test func onASmallScreenTheChartShrinksAndTablesScrollInsideThemselves() throws {
        try journalWithAGap()
        let page = try html()
        #expect(!page.contains("min-width"), "nothing wider than the screen")
        #expect(page.contains(#"<div class="scrolls">"# + "\n" + #"<table class="days">"#))
        #expect(page.contains(".scrolls { overflow-x: auto;"))
        #expect(page.contains("figure > svg { display: block; width: 100%; height: auto; }"))
    }
}
