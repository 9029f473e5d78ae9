/// The digest as one self-contained HTML5 page: to read on a tablet in the waiting room, or to
/// print and hand over.
///
/// The page asks for nothing from anywhere (no script, font file, image file, stylesheet or
/// link), so opening it from disk tells no one about it and it looks the same offline; the mood
/// chart is inline SVG, the pictures' print copies inline images (`PictureHTML`). Every string from the journal goes through `escaped(_:)`,
/// `paragraphs(_:)` or `lines(_:)`, dates and numbers included, so that no text a person wrote
/// can become markup.
struct DigestHTML {
    let digest: Digest
    let brief: Bool

    private typealias Phrases = DigestPhrases

    func render() -> String {
        var body = [header()]
        body += digest.sections.compactMap(render)

        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(heading))</title>
            <style>
            \(Self.styleSheet(runningHeader: heading, showsPictures: !digest.pictures.isEmpty))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The markup of one section; nil for a section with nothing to say.
    private func render(_ section: DigestSection) -> String? {
        switch section {
        case .raiseFirst(let checkIns):
            return Phrases.selfHarmNotice(checkIns).map {
                #"<p class="notice" role="note"><strong>\#(escaped($0))</strong></p>"#
            }
        case .urgesToRaise(let cards):
            return WorksheetPhrases.urgeNotice(cards).map {
                #"<p class="notice" role="note"><strong>\#(escaped($0))</strong></p>"#
            }
        case .messages(let messages):
            guard !messages.isEmpty else { return nil }
            return self.section(
                MessageRendering.digestTitle, id: "messages", messages.messages.map(message).joined(separator: "\n"))
        case .homework(let homework):
            guard !homework.isEmpty else { return nil }
            return self.section(
                HomeworkRendering.digestTitle, id: "homework", list(homework.items.map(homeworkItem), className: "homework"))
        case .topics(let topics):
            return self.section(
                "Topics to bring up", id: "topics",
                topics.isEmpty ? paragraph("None open.") : list(topics.map { lines($0.text) }, className: "topics"))
        case .flagged(let flagged):
            guard !digest.isEmpty else { return nil }
            return self.section(
                "Flagged to discuss", id: "flagged",
                flagged.isEmpty ? paragraph("Nothing flagged.") : flagged.map(fullEntry).joined(separator: "\n"))
        case .mood(let mood):
            return self.section("Mood", id: "mood", self.mood(mood))
        case .checkIns(let checkIns):
            guard !checkIns.latest.isEmpty else { return nil }
            return self.section(
                "Check-ins", id: "check-ins",
                list(checkIns.latest.map { escaped(Phrases.checkIn($0)) })
                    + "\n" + checkIns.latest.map(answerTable).joined(separator: "\n")
                    + "\n" + paragraph(Phrases.checkInsAreNotADiagnosis, className: "aside"))
        case .worksheets(let worksheets):
            return worksheets.isEmpty ? nil : WorksheetDigestHTML.section(worksheets)
        case .feelingsAndTags(let feelings, let tags):
            guard !feelings.isEmpty || !tags.isEmpty else { return nil }
            var counts: [String] = []
            if !feelings.isEmpty { counts.append("Feelings: " + Phrases.counts(feelings, word: isolated)) }
            if !tags.isEmpty { counts.append("Tags: " + Phrases.counts(tags, prefix: "#", word: isolated)) }
            return self.section("Feelings and tags", id: "feelings-and-tags", list(counts))
        case .hardestMoments(let entries, let shownAbove):
            guard !entries.isEmpty else { return nil }
            return self.section(
                "The hardest moments", id: "hardest-moments",
                entries.map { shownAbove.contains($0.id) ? referenceToFlagged($0) : fullEntry($0) }.joined(separator: "\n"))
        case .otherEntries(let entries):
            guard !entries.isEmpty else { return nil }
            return self.section(
                "All other entries", id: "other-entries",
                entries.map { brief ? shortEntry($0) : fullEntry($0) }.joined(separator: "\n"))
        }
    }

    /// `A. Example · Since your last session: Fri 13 Nov 2026 to Sun 29 Nov 2026`, as the text
    /// digest opens: the page's title, and the header line of every printed page, where no
    /// markup goes, so a right-to-left name is isolated with Unicode's isolates, not `<bdi>`.
    private var heading: String { Phrases.writerAndTitle(digest) + ": " + Phrases.period(digest) }

    /// A word the writer typed, escaped and isolated from the words around it (`BidiIsolation`).
    private func isolated(_ word: String) -> String {
        "<bdi>\(escaped(word))</bdi>"
    }

    private func header() -> String {
        // The last session with what stayed with the writer and its note: the bridge the digest
        // opens with.
        let bridge = Phrases.bridge(digest).map { label, text in
            let className = label == Phrases.sessionNoteLabel ? "note" : "takeaway"
            return #"<br><span class="\#(className)">\#(escaped(label)): \#(lines(text))</span>"#
        }
        var nextSession = escaped(Phrases.nextSession(digest))
        if let note = digest.nextSession?.note, !note.isEmpty { nextSession += #"<br><span class="note">\#(lines(note))</span>"# }
        var facts = [escaped(Phrases.lastSession(digest)) + bridge.joined(), nextSession]
        if let sessions = Phrases.sessionsInPeriod(digest) { facts.append(escaped(sessions)) }
        facts.append(escaped(Phrases.entryCount(digest)))
        let writer = digest.writer.map { #"<span class="writer">\#(isolated($0))</span> "# } ?? ""
        return """
            <header>
            <h1>\(writer)\(escaped(Phrases.title(digest)))</h1>
            <p class="period">\(escaped(Phrases.period(digest)))</p>
            \(list(facts, className: "facts"))
            </header>
            """
    }

    private func mood(_ mood: MoodSummary) -> String {
        var parts = [list(Phrases.moodLines(mood, entryCount: digest.entries.count).map(escaped))]
        if mood.count > 0 {
            parts.append(MoodChart(digest: digest, mood: mood).render())
            parts.append(dayTable(mood.days))
        }
        return parts.joined(separator: "\n")
    }

    /// The daily averages as a calendar, seven days to a row from the period's first day, so
    /// that every cell is a day of the period: a column of forty numbers would take a printed
    /// page of its own, and rows from Monday would open with days before the period.
    private func dayTable(_ days: [DailyMood]) -> String {
        let rows = stride(from: 0, to: days.count, by: 7).map { start in
            let week = days[start..<min(start + 7, days.count)]
            let cells = week.map { mood in
                let value = mood.average.map(Phrases.oneDecimal) ?? "–"
                return #"<td><span class="date">\#(mood.day.dayOfMonth)</span> \#(escaped(value))</td>"#
            }
            return #"<tr><th scope="row">\#(escaped(week.first!.day.shortDay))</th>"# + cells.joined() + "</tr>"
        }
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let firstWeekday = days.first!.day.weekday - 1
        let columnHeaders = (0..<min(7, days.count)).map { weekdays[(firstWeekday + $0) % 7] }
            .map { #"<th scope="col" abbr="\#($0)">\#($0.prefix(3))</th>"# }.joined()
        return """
            <div class="scrolls">
            <table class="days">
            <caption>Average mood of each day, from 0 (the worst) to 10 (the best); – is a day without a rating.</caption>
            <thead><tr><th scope="col">Week from</th>\(columnHeaders)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </div>
            """
    }

    /// A check-in's answers, item by item, as clinicians read them: the form's own words and
    /// the answer given, as a number and in words.
    private func answerTable(_ summary: CheckInSummary) -> String {
        let checkIn = summary.latest.checkIn
        let rows = Phrases.answers(checkIn).map { row in
            #"<tr><th scope="row">\#(escaped(row.item))</th><td>\#(escaped(row.answer))</td></tr>"#
        }
        return """
            <div class="scrolls">
            <table class="answers">
            <caption>\(escaped("\(summary.instrument.name) on \(checkIn.localTime.readableDay), item by item"))</caption>
            <thead><tr><th scope="col">Item</th><th scope="col">Answer</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </div>
            """
    }

    /// A hardest moment shown in full under flagged: its heading and where to find it.
    private func referenceToFlagged(_ entry: Entry) -> String {
        #"<article class="entry reference">"# + "\n<h3>\(escaped(Phrases.entryHeading(entry)))</h3>\n"
            + #"<p class="labels">\#(escaped(Phrases.alsoFlaggedAbove))</p>"# + "\n</article>"
    }

    private func message(_ message: Message) -> String {
        [
            #"<article class="entry message">"#, "<h3>\(escaped(MessageRendering.digestHeading(message)))</h3>",
            paragraphs(message.text), "</article>",
        ].joined(separator: "\n")
    }

    /// The homework, the journal's words about it, then the writer's note on a line of its own.
    private func homeworkItem(_ item: HomeworkProgress) -> String {
        var markup = lines(item.homework.text)
            + #"<br><span class="facts">\#(escaped(HomeworkRendering.digestFacts(item).joined(separator: " · ")))</span>"#
        if let note = item.homework.note {
            markup += #"<br><span class="note">\#(escaped(HomeworkRendering.noteLabel(item.homework.status))): \#(lines(note))</span>"#
        }
        return markup
    }

    private func fullEntry(_ entry: Entry) -> String {
        self.entry(entry, text: entry.text, pictures: (digest.pictures[entry.id] ?? []).map(PictureHTML.figure))
    }

    /// In brief, an entry's pictures are named, not shown.
    private func shortEntry(_ entry: Entry) -> String {
        self.entry(
            entry, text: Phrases.firstLines(entry.text, DigestRendering.briefLineCount),
            pictures: entry.attachments.isEmpty ? [] : [PictureHTML.names(entry.attachments)])
    }

    private func entry(_ entry: Entry, text: String, pictures: [String]) -> String {
        var parts = [#"<article class="entry">"#, "<h3>\(escaped(Phrases.entryHeading(entry)))</h3>"]
        if let labels = EntryRendering.labels(of: entry, word: isolated) { parts.append(#"<p class="labels">\#(labels)</p>"#) }
        if !text.isEmpty { parts.append(paragraphs(text)) }
        parts += pictures
        parts.append("</article>")
        return parts.joined(separator: "\n")
    }

    private func section(_ title: String, id: String, _ content: String) -> String {
        #"<section id="\#(id)">"# + "\n<h2>\(escaped(title))</h2>\n\(content)\n</section>"
    }

    private func paragraph(_ text: String, className: String? = nil) -> String {
        let attribute = className.map { #" class="\#($0)""# } ?? ""
        return "<p\(attribute)>\(escaped(text))</p>"
    }

    /// A list of items that are markup already.
    private func list(_ items: [String], className: String? = nil) -> String {
        let attribute = className.map { #" class="\#($0)""# } ?? ""
        return "<ul\(attribute)>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>"
    }

    /// The writer's text as paragraphs: a blank line starts a new one, a single line break stays
    /// a line break. Control characters are made visible first, as on a terminal, so that those
    /// HTML forbids (NUL, ESC) cannot upset a browser and none is silently lost.
    private func paragraphs(_ text: String) -> String {
        var paragraphs: [[Substring]] = [[]]
        let visible = TerminalSafety.visible(text)
        for line in visible.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }
            .map { #"<p dir="auto">"# + $0.map { Self.escapingMarkup(String($0)) }.joined(separator: "<br>\n") + "</p>" }
            .joined(separator: "\n")
    }

    /// Short writer text kept on its lines, without paragraphs: a topic, a session's note;
    /// isolated from the words around it (`<bdi>`), as it is joined to a label or a list mark.
    private func lines(_ text: String) -> String {
        "<bdi>" + TerminalSafety.visible(text).split(whereSeparator: \.isNewline)
            .map { Self.escapingMarkup(String($0)) }.joined(separator: "<br>") + "</bdi>"
    }

    private func escaped(_ text: String) -> String {
        Self.escaped(text)
    }

    /// Text with its control characters made visible, as HTML character data or an attribute
    /// value in either kind of quotes.
    static func escaped(_ text: String) -> String {
        escapingMarkup(TerminalSafety.visible(text))
    }

    /// Text as an element's content, escaped, with each right-to-left word that a phrase isolated
    /// (`BidiIsolation`) in `<bdi>` instead of the isolate characters. Every isolate left after
    /// `escaped(_:)` is closed (`TerminalSafety.visible`), so the tags always pair.
    static func isolating(_ text: String) -> String {
        escapingMarkup(TerminalSafety.visible(text), isolatesAsTags: true)
    }

    /// Goes by Unicode scalars rather than characters: `<` followed by a combining mark is one
    /// character, but still a `<` to a browser.
    private static func escapingMarkup(_ text: String, isolatesAsTags: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            case "\u{2068}" where isolatesAsTags: result.append(contentsOf: "<bdi>".unicodeScalars)
            case "\u{2069}" where isolatesAsTags: result.append(contentsOf: "</bdi>".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
