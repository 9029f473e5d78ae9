import Foundation
import Testing

/// The digest as a therapist receives it, end to end: whose it is, what it leaves out and says
/// nothing of, the parts chosen, the answers item by item, right-to-left words.
@Suite("journal prep as a handout, and journal settings")
struct DigestHandoutTests {
    /// A session a week ago; a flagged mood-1 entry, Hebrew and Arabic feelings and tags, a
    /// private entry and a check-in.
    func journal() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(sandbox.run("session", "add", "7 days ago 17:00").succeeded)
        try #require(
            sandbox.run("add", "--date", "5 days ago 21:00", "--mood", "1", "--flag", "--feeling", "حزين", "--tag", "عمل",
                "The worst evening of the week").succeeded)
        try #require(sandbox.run("add", "--date", "4 days ago 21:00", "--mood", "4", "--feeling", "עצוב", "A low day").succeeded)
        try #require(sandbox.run("add", "--date", "3 days ago 21:00", "--mood", "8", "A good day").succeeded)
        try #require(sandbox.run("add", "--date", "2 days ago 21:00", "--mood", "7", "--feeling", "حزين", "Not to bring").succeeded)
        try #require(sandbox.run("add", "--private", "--mood", "2", "my private words").succeeded)
        try #require(sandbox.run("check-in", "gad7", "--answers", "3,2,1,0,1,2,3", "--date", "yesterday").succeeded)
        return sandbox
    }

    // MARK: journal settings

    @Test func theNameIsKeptInTheJournalAndHeadsEveryDigest() throws {
        let sandbox = try journal()
        #expect(try sandbox.run("settings").output.hasPrefix("name: not set\n"), "none by default")
        #expect(try sandbox.run("settings", "name").output == "name is not set. journal settings name \"A. Example\" sets it.\n")
        let set = try sandbox.run("settings", "name", "A. Example")
        #expect(set.succeeded)
        #expect(set.output == "The name is now A. Example.\n")
        #expect(try sandbox.run("settings").output.hasPrefix("name: A. Example\n  your name on the digest"))
        #expect(try sandbox.run("settings", "NAME").output == "A. Example\n")

        #expect(try sandbox.run("prep").output.hasPrefix("A. Example · Since your last session: "))
        #expect(try sandbox.run("prep", "--format", "markdown").output.hasPrefix("# A. Example · Since your last session\n"))
        let html = try sandbox.run("prep", "--format", "html").output
        #expect(html.contains("<title>A. Example · Since your last session: "))
        #expect(html.contains(#"<h1><span class="writer"><bdi>A. Example</bdi></span> Since your last session</h1>"#))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        #expect(json["writer"] as? String == "A. Example")

        let once = try sandbox.run("prep", "--name", "Dana L.")
        #expect(once.output.hasPrefix("Dana L. · Since your last session: "), "--name overrides it once")
        #expect(try sandbox.run("settings", "name").output == "A. Example\n", "and does not change it")

        #expect(try sandbox.run("settings", "name", "--remove").output == "Removed the name.\n")
        #expect(try sandbox.run("settings", "name", "--remove").output == "The name was not set, so nothing changed.\n")
        #expect(try sandbox.run("prep").output.hasPrefix("Since your last session: "))
        let noName = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        #expect(noName["writer"] is NSNull)
    }

    @Test func aNameInANewJournalStartsIt() throws {
        let sandbox = try Sandbox()
        let set = try sandbox.run("settings", "name", "A. Example")
        #expect(set.succeeded)
        #expect(set.errors.contains("Started a new journal at"))
        #expect(try sandbox.run("settings", "name").output == "A. Example\n")
    }

    @Test(arguments: [
        (["settings", "colour", "blue"], "there is no setting \"colour\"; the settings are: name"),
        (["settings", "colour"], "there is no setting \"colour\""),
        (["settings", "name", ""], "the name is empty, so nothing was changed — to remove it: journal settings name --remove"),
        (["settings", "name", "A.\nExample"], "the name holds a line break or another control character"),
        (["settings", "name", String(repeating: "x", count: 81)], "the name is 81 characters long, more than the 80"),
        (["settings", "name", "A. Example", "--remove"], "give a new value or --remove, not both"),
        (["settings", "--remove"], "--remove needs the setting to remove"),
        (["settings", "name", "A", "B"], "Unexpected argument 'B'"),
        (["prep", "--name", ""], "--name is empty — give a name, or leave --name out"),
        (["prep", "--name", "two\nlines"], "the name holds a line break"),
    ])
    func badSettingsAreRefusedAndChangeNothing(arguments: [String], message: String) throws {
        let sandbox = try journal()
        try #require(sandbox.run("settings", "name", "Kept").succeeded)
        try sandbox.expectRefusal(arguments, containing: message)
        #expect(try sandbox.run("settings", "name").output == "Kept\n")
    }

    // MARK: Private entries

    @Test func theDigestSaysNothingOfPrivateEntriesAndTheWriterIsTold() throws {
        let sandbox = try journal()
        for format in ["text", "markdown", "html"] {
            let prep = try sandbox.run("prep", "--format", format)
            #expect(prep.succeeded)
            #expect(!prep.output.lowercased().contains("private"), "\(format) says nothing of private entries")
            #expect(!prep.output.contains("include-private"), "\(format) shows no command")
            #expect(prep.errors.contains("Left out 1 private entry; --include-private adds them."), "\(format)")
        }
        let path = sandbox.path("prep.html")
        let written = try sandbox.run("prep", "--output", path)
        #expect(written.errors.contains("Left out 1 private entry"))
        #expect(!(try String(contentsOfFile: path, encoding: .utf8)).lowercased().contains("private"))
        let json = try #require(try sandbox.run("prep", "--format", "json").json() as? [String: Any])
        #expect(json["privateExcluded"] as? Int == 1, "kept for scripts")
        let included = try sandbox.run("prep", "--include-private")
        #expect(included.output.contains("my private words"))
        #expect(!included.errors.contains("Left out"))
    }

    // MARK: --exclude

    @Test func excludedEntriesStayHomeLikePrivateOnes() throws {
        let sandbox = try journal()
        let ids = try #require(try sandbox.run("list", "--format", "json").json() as? [[String: Any]])
        let notToBring = try #require(ids.first { $0["text"] as? String == "Not to bring" }?["id"] as? Int)
        let good = try #require(ids.first { $0["text"] as? String == "A good day" }?["id"] as? Int)
        let prep = try sandbox.run("prep", "--exclude", "\(notToBring)", "#\(good)", "--format", "markdown")
        #expect(prep.succeeded)
        #expect(!prep.output.contains("Not to bring") && !prep.output.contains("A good day"))
        #expect(prep.output.contains("حزين\u{2069}\u{00A0}1"), "its feeling is not counted")
        #expect(!prep.output.lowercased().contains("exclude"))
        #expect(prep.errors.contains("Left out 2 entries you chose with --exclude."))
        #expect(prep.errors.contains("Left out 1 private entry"))
        let json = try #require(try sandbox.run("prep", "--format", "json", "--exclude", "\(notToBring)").json() as? [String: Any])
        #expect(json["excluded"] as? Int == 1)
        #expect((json["entries"] as? [[String: Any]])?.count == 3)
    }

    @Test(arguments: [
        (["prep", "--exclude", "99"], "there is no entry 99 — journal list shows the entries and their ids"),
        (["prep", "--exclude", "abc"], "The value 'abc' is invalid for '--exclude <id>'"),
        (["prep", "--exclude", "0"], "The value '0' is invalid for '--exclude <id>'"),
        (["prep", "--exclude"], "Missing value for '--exclude <id>'"),
        (["prep", "--only", "nonsense"], "\"nonsense\" is not a part of the digest — choose among messages, topics, homework, flagged, mood"),
        (["prep", "--only", ""], "--only names no part of the digest"),
        (["prep", "--only", "flagged,,moods"], "\"moods\" is not a part of the digest"),
    ])
    func badChoicesAreRefusedAndChangeNothing(arguments: [String], message: String) throws {
        try journal().expectRefusal(arguments, containing: message)
    }

    // MARK: --only

    @Test func onlyTheChosenPartsMakeAShortDigest() throws {
        let sandbox = try journal()
        try #require(sandbox.run("topic", "add", "ask about sleep").succeeded)
        let prep = try sandbox.run("prep", "--only", "flagged,check-ins")
        #expect(prep.succeeded)
        #expect(prep.output.contains("FLAGGED TO DISCUSS") && prep.output.contains("CHECK-INS"))
        for heading in ["TOPICS", "MOOD", "FEELINGS", "THE HARDEST MOMENTS", "ALL OTHER ENTRIES"] {
            #expect(!prep.output.contains("\n\(heading)"), "\(heading) is not asked for")
        }
        #expect(prep.output.contains("Last session: "), "the header stays")
        let brief = try sandbox.run("prep", "--only", "entries", "--brief")
        #expect(brief.output.contains("ALL OTHER ENTRIES"))
        #expect(brief.output.contains("The worst evening of the week"), "flagged is not shown, so it is among the entries")
        let json = try #require(try sandbox.run("prep", "--format", "json", "--only", "mood").json() as? [String: Any])
        #expect(json["mood"] != nil && json["flagged"] == nil && json["topics"] == nil)
        #expect(json["entries"] == nil, "the entries' text only with the entries' part")
        let withEntries = try #require(try sandbox.run("prep", "--format", "json", "--only", "mood,entries").json() as? [String: Any])
        #expect((withEntries["entries"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func aThoughtOfSelfHarmIsRaisedWhateverIsChosen() throws {
        let sandbox = try journal()
        try #require(sandbox.run("check-in", "phq9", "--answers", "1,1,1,1,1,1,1,1,1", "--date", "yesterday").succeeded)
        #expect(try sandbox.run("prep", "--only", "topics").output.contains("To raise first: in your PHQ-9 check-in"))
    }

    // MARK: The hardest moments

    @Test func theLowestMomentIsListedEvenWhenFlagged() throws {
        let sandbox = try journal()
        let text = try sandbox.run("prep").output
        let hardest = try #require(text.range(of: "THE HARDEST MOMENTS"))
        let section = text[hardest.upperBound...].prefix { _ in true }.components(separatedBy: "ALL OTHER ENTRIES")[0]
        #expect(section.contains("mood 1\n    also flagged above"))
        #expect(section.contains("A low day"))
        #expect(text.components(separatedBy: "The worst evening of the week").count == 2, "its text once, under flagged")
    }

    // MARK: Check-in answers

    @Test func answersItemByItemInMarkdownAndHTMLAndWithFullInText() throws {
        let sandbox = try journal()
        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.contains("| Item | Answer |\n| --- | --- |\n| 1\\. Feeling nervous, anxious or on edge | 3 · Nearly every day |"))
        let html = try sandbox.run("prep", "--format", "html").output
        #expect(html.contains(#"<tr><th scope="row">2. Not being able to stop or control worrying</th><td>2 · More than half the days</td></tr>"#))
        #expect(!(try sandbox.run("prep").output.contains("Trouble relaxing")), "the text keeps totals")
        #expect(try sandbox.run("prep", "--full").output.contains("    4. Trouble relaxing: 0 · Not at all\n"))
    }

    // MARK: Right-to-left words

    @Test func rightToLeftWordsAreIsolatedInListShowStatsAndTheDigest() throws {
        let sandbox = try journal()
        let isolatedLabels = "feeling \u{2068}حزين\u{2069} · #\u{2068}عمل\u{2069}"
        #expect(try sandbox.run("list").output.contains(isolatedLabels))
        #expect(try sandbox.run("search", "worst").output.contains(isolatedLabels))
        let show = try sandbox.run("show", "1").output
        #expect(show.contains("Feelings: \u{2068}حزين\u{2069}\n"))
        #expect(show.contains("Tags: #\u{2068}عمل\u{2069}\n"))
        #expect(try sandbox.run("list", "--format", "markdown").output.contains("feeling \u{2068}حزين\u{2069} · tags #\u{2068}عمل\u{2069}"))
        let prep = try sandbox.run("prep").output
        #expect(prep.contains("Feelings: \u{2068}حزين\u{2069}\u{00A0}2, \u{2068}עצוב\u{2069}\u{00A0}1"))
        #expect(prep.contains("Tags: #\u{2068}عمل\u{2069}\u{00A0}1"))
        let html = try sandbox.run("prep", "--format", "html").output
        #expect(html.contains("Feelings: <bdi>حزين</bdi>\u{00A0}2, <bdi>עצוב</bdi>\u{00A0}1"))
        #expect(!(try sandbox.run("list").output.contains("\u{2068}A")), "left-to-right words stay as they were")
    }

    /// Worksheets join the writer's words to figures on every line: `חרדה 80 → 40`.
    @Test func rightToLeftWordsAreIsolatedInTheWorksheetParts() throws {
        let sandbox = try journal()
        let forms = [
            WorksheetFixtures.form(
                "thought-record", [("Situation", "פגישה עם המנהלת"), ("Moods", "חרדה 80\nashamed 60"), ("Moods now", "חרדה 40\nashamed 30")]),
            WorksheetFixtures.form("activity", [("What I did", "نزهة في الحديقة")]),
            WorksheetFixtures.form("exposure", [("Situation faced", "الحافلة"), ("What I learned", "עבר")]),
            WorksheetFixtures.form("diary-card", [("Other emotions", "אשמה 3"), ("Skills used", "حكمة, TIP")]),
        ]
        for (kind, form) in zip(["thought-record", "activity", "exposure", "diary-card"], forms) {
            try #require(sandbox.run(["worksheet", "add", kind], input: Data(form.utf8)).succeeded, "\(kind)")
        }
        let text = try sandbox.run("prep").output
        for line in [
            "Situation: \u{2068}פגישה עם המנהלת\u{2069}", "Moods: \u{2068}חרדה\u{2069} 80 → 40, ashamed 60 → 30",
            "\u{2068}نزهة في الحديقة\u{2069} · mastery 4", "\u{2068}الحافلة\u{2069} (once): peak 80; end 50",
            "learned: \u{2068}עבר\u{2069}", "\u{2068}אשמה\u{2069} 3; binge eating 2 acted; skills: \u{2068}حكمة\u{2069}, TIP",
        ] {
            #expect(text.contains(line), "text: \(line)")
        }
        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.contains("- Moods: \u{2068}חרדה\u{2069} 80 → 40, ashamed 60 → 30"))
        #expect(markdown.contains("| \u{2068}אשמה\u{2069} 3; binge eating 2 acted; skills: \u{2068}حكمة\u{2069}, TIP |"))
        let html = try sandbox.run("prep", "--format", "html").output
        for fragment in [
            "<li>Situation: <bdi>פגישה עם המנהלת</bdi></li>", "<li>Moods: <bdi>חרדה</bdi> 80 → 40, ashamed 60 → 30</li>",
            "<strong><bdi>نزهة في الحديقة</bdi></strong> · mastery 4", "<strong><bdi>الحافلة</bdi></strong> (once)",
            "learned: <bdi>עבר</bdi>", #"<td class="text"><bdi>אשמה</bdi> 3; binge eating 2 acted; skills: <bdi>حكمة</bdi>, TIP</td>"#,
        ] {
            #expect(html.contains(fragment), "html: \(fragment)")
        }
        #expect(!html.contains("U+2068") && !html.contains("U+2069"), "no isolate shown as a code")
        #expect(!html.unicodeScalars.contains("\u{2068}"), "the digest's own isolates are all <bdi>")
        let list = try sandbox.runOnTerminal(["worksheet", "list"], environment: ["NO_COLOR": "1"]).output
        #expect(list.contains("Situation: \u{2068}פגישה עם המנהלת\u{2069}"), "a terminal shows the isolates as they are")
        #expect(!list.contains("<U+2068>"))
        #expect(!text.contains("\u{2068}ashamed") && !text.contains("\u{2068}TIP"), "left-to-right words stay as they were")
    }

    /// Sessions' notes and takeaways, topics, homework, search's labels and a worksheet's fields
    /// meet the journal's words too.
    @Test func rightToLeftWordsAreIsolatedInSessionsTopicsSearchAndWorksheetShow() throws {
        let sandbox = try journal()
        try #require(sandbox.run("session", "edit", "1", "--note", "דיברנו על work", "--takeaway", "אני יכול 3 times").succeeded)
        try #require(sandbox.run("topic", "add", "לשאול על התרופה 25mg").succeeded)
        let form = WorksheetFixtures.form("thought-record", [("Situation", "ישיבה עם the boss")])
        try #require(sandbox.run(["worksheet", "add", "thought-record"], input: Data(form.utf8)).succeeded)

        let text = try sandbox.run("prep").output
        #expect(text.contains("What stayed with me: \u{2068}אני יכול 3 times\u{2069}"))
        #expect(text.contains("Note: \u{2068}דיברנו על work\u{2069}"))
        #expect(text.contains("• \u{2068}לשאול על התרופה 25mg\u{2069}"))
        let html = try sandbox.run("prep", "--format", "html").output
        #expect(html.contains("What stayed with me: <bdi>אני יכול 3 times</bdi>"))
        #expect(html.contains("<title>Since your last session"), "a left-to-right title as it was")
        let sessions = try sandbox.run("session", "list").output
        #expect(sessions.contains("\u{2068}דיברנו על work\u{2069}") && sessions.contains("What stayed with me: \u{2068}אני יכול 3 times\u{2069}"))
        #expect(try sandbox.run("topic", "list").output.contains("  \u{2068}לשאול על התרופה 25mg\u{2069}"))
        let found = try sandbox.run("search", "عمل").output
        #expect(found.contains("#\u{2068}") && found.contains("\u{2069}"), "the labels a search matched: \(found)")
        let show = try sandbox.run("worksheet", "show", "1").output
        #expect(show.contains("Situation: \u{2068}ישיבה עם the boss\u{2069}\n"))
    }

    /// Directional controls typed into a worksheet cannot undo the digest's isolates, and what
    /// the writer typed stays text in Markdown.
    @Test func typedControlsAndMarkupStayInsideTheirWords() throws {
        let sandbox = try journal()
        let form = WorksheetFixtures.form(
            "thought-record", [("Situation", "פגישה \u{2069} close \u{2068} open \u{202E}end"), ("Moods", "\u{2069}חרדה <b>70</b> 70")])
        try #require(sandbox.run(["worksheet", "add", "thought-record"], input: Data(form.utf8)).succeeded)
        let text = try sandbox.run("prep").output
        let situation = try #require(text.split(separator: "\n").first { $0.contains("Situation:") })
        #expect(situation.hasSuffix("\u{2068}פגישה close \u{2068} open \u{202E}end\u{202C}\u{2069}\u{2069}"), "\(situation.debugDescription)")
        let html = try sandbox.run("prep", "--format", "html").output
        #expect(html.contains("Situation: <bdi>פגישה  close <bdi> open &lt;U+202E&gt;end&lt;U+202C&gt;</bdi></bdi>"))
        #expect(html.components(separatedBy: "<bdi>").count == html.components(separatedBy: "</bdi>").count)
        let markdown = try sandbox.run("prep", "--format", "markdown").output
        #expect(markdown.contains("- Moods: \u{2068}חרדה \\<b>70\\</b>\u{2069} 70"), "markup typed in a worksheet is escaped")
        let terminal = try sandbox.runOnTerminal(["prep"], environment: ["NO_COLOR": "1"]).output
        #expect(terminal.contains("<U+202E>end<U+202C>") && !terminal.unicodeScalars.contains("\u{202E}"))
    }

    /// A directional control typed into a left-to-right word is kept inside it too; JSON keeps
    /// the words as written.
    @Test func controlsInLeftToRightWordsAndWhatElseJoinsTheWritersWords() throws {
        let sandbox = try journal()
        try #require(sandbox.run("add", "--feeling", "evil\u{202E}word", "--tag", "ctl", "An entry").succeeded)
        #expect(try sandbox.run("list").output.contains("feeling \u{2068}evil\u{202E}word\u{202C}\u{2069} · #ctl"))
        let terminal = try sandbox.runOnTerminal(["prep"], environment: ["NO_COLOR": "1"]).output
        #expect(terminal.contains("evil<U+202E>word") && !terminal.unicodeScalars.contains("\u{202E}"), "the digest's Feelings line on a terminal")

        let card = WorksheetFixtures.form("diary-card", [("Other emotions", "אשמה 3\nذنب 2")])
        try #require(sandbox.run(["worksheet", "add", "diary-card"], input: Data(card.utf8)).succeeded)
        let fields = try sandbox.run("search", "אשמה").output
        #expect(fields.contains("\u{2068}אשמה\u{2069} · \u{2068}ذنب\u{2069}"), "a worksheet's fields, each isolated: \(fields)")

        let json = try sandbox.run("search", "حزين", "--format", "json").output
        #expect(json.contains("feeling **حزين**") && !json.unicodeScalars.contains("\u{2068}"), "JSON holds the words plain")
        #expect(try sandbox.run("search", "בוס").output == "No entries match \u{2068}בוס\u{2069}.\n")

        try #require(sandbox.run("homework", "add", "Walk after lunch").succeeded)
        try #require(sandbox.run("homework", "review", "1", "--partly", "--note", "העבודה הייתה עמוסה").succeeded)
        let homework = try sandbox.run("homework", "list", "--all").output
        #expect(homework.contains("partly done (reviewed ") && homework.contains(": \u{2068}העבודה"), "\(homework)")
        for line in homework.split(separator: "\n") {
            #expect(line.filter { $0 == "\u{2068}" }.count == line.filter { $0 == "\u{2069}" }.count, "a wrapped line closes what it opens")
        }
        #expect(try sandbox.run("settings", "name", "דנה כהן 2").output == "The name is now \u{2068}דנה כהן 2\u{2069}.\n")
    }

    @Test func statsKeepsTheColumnsOfRightToLeftNames() throws {
        let sandbox = try Sandbox()
        for (day, mood) in [(1, 3), (2, 2), (3, 4), (4, 8), (5, 7), (6, 9)] {
            let feeling = mood < 5 ? ["--feeling", "حزين"] : []
            try #require(sandbox.run(["add", "--date", "\(day) days ago 12:00", "--mood", "\(mood)"] + feeling + ["a day"]).succeeded)
        }
        let stats = try sandbox.run("stats").output
        let line = try #require(stats.split(separator: "\n").first { $0.contains("حزين") })
        #expect(line.hasPrefix("  \u{2068}حزين\u{2069}" + String(repeating: " ", count: 14) + " 3.0 with (3), 8.0 without (3)"))
    }
}
