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
        if let footer = Phrases.privateFooter(digest) {
            body.append("<footer>\n\(paragraph(footer))\n</footer>")
        }

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
                    + "\n" + paragraph(Phrases.checkInsAreNotADiagnosis, className: "aside"))
        case .worksheets(let worksheets):
            return worksheets.isEmpty ? nil : WorksheetDigestHTML.section(worksheets)
        case .feelingsAndTags(let feelings, let tags):
            guard !feelings.isEmpty || !tags.isEmpty else { return nil }
            var counts: [String] = []
            if !feelings.isEmpty { counts.append("Feelings: " + Phrases.counts(feelings)) }
            if !tags.isEmpty { counts.append("Tags: " + Phrases.counts(tags, prefix: "#")) }
            return self.section("Feelings and tags", id: "feelings-and-tags", list(counts.map(escaped)))
        case .hardestMoments(let entries):
            guard !entries.isEmpty else { return nil }
            return self.section("The hardest moments", id: "hardest-moments", entries.map(fullEntry).joined(separator: "\n"))
        case .otherEntries(let entries):
            guard !entries.isEmpty else { return nil }
            return self.section(
                "All other entries", id: "other-entries",
                entries.map { brief ? shortEntry($0) : fullEntry($0) }.joined(separator: "\n"))
        }
    }

    /// `Since your last session: Fri 13 Nov 2026 to Sun 29 Nov 2026`, as the text digest opens.
    /// The page's title too, which browsers without page margin boxes print at the top of each
    /// page.
    private var heading: String { Phrases.title(digest) + ": " + Phrases.period(digest) }

    private func header() -> String {
        let sessions = [(Phrases.lastSession(digest), digest.lastSession), (Phrases.nextSession(digest), digest.nextSession)]
        var facts = sessions.map { line, session in
            guard let note = session?.note, !note.isEmpty else { return escaped(line) }
            return escaped(line) + #"<br><span class="note">\#(lines(note))</span>"#
        }
        facts.append(escaped(Phrases.entryCount(digest)))
        return """
            <header>
            <h1>\(escaped(Phrases.title(digest)))</h1>
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

    /// The daily averages as a calendar, a week to a row: a column of forty numbers would take a
    /// printed page of its own.
    private func dayTable(_ days: [DailyMood]) -> String {
        var weeks: [[String]] = []
        var rowHeaders: [String] = []
        for (index, mood) in days.enumerated() {
            if index == 0 || mood.day.weekday == 1 {
                weeks.append(Array(repeating: "<td></td>", count: mood.day.weekday - 1))
                rowHeaders.append(escaped(mood.day.shortDay))
            }
            let value = mood.average.map(Phrases.oneDecimal) ?? "–"
            weeks[weeks.count - 1].append(
                #"<td><span class="date">\#(mood.day.dayOfMonth)</span> \#(escaped(value))</td>"#)
        }
        let rows = zip(rowHeaders, weeks).map { header, cells in
            let padding = Array(repeating: "<td></td>", count: 7 - cells.count)
            return #"<tr><th scope="row">\#(header)</th>"# + (cells + padding).joined() + "</tr>"
        }
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let columnHeaders = weekdays.map { #"<th scope="col" abbr="\#($0)">\#($0.prefix(3))</th>"# }.joined()
        return """
            <table class="days">
            <caption>Average mood of each day, from 0 (the worst) to 10 (the best); – is a day without a rating.</caption>
            <thead><tr><th scope="col">Week from</th>\(columnHeaders)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            """
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
        if let labels = EntryRendering.labels(of: entry) { parts.append(#"<p class="labels">\#(escaped(labels))</p>"#) }
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
            .map { "<p>" + $0.map { Self.escapingMarkup(String($0)) }.joined(separator: "<br>\n") + "</p>" }
            .joined(separator: "\n")
    }

    /// Short writer text kept on its lines, without paragraphs: a topic, a session's note.
    private func lines(_ text: String) -> String {
        TerminalSafety.visible(text).split(whereSeparator: \.isNewline)
            .map { Self.escapingMarkup(String($0)) }.joined(separator: "<br>")
    }

    private func escaped(_ text: String) -> String {
        Self.escaped(text)
    }

    /// Text with its control characters made visible, as HTML character data or an attribute
    /// value in either kind of quotes.
    static func escaped(_ text: String) -> String {
        escapingMarkup(TerminalSafety.visible(text))
    }

    /// Goes by Unicode scalars rather than characters: `<` followed by a combining mark is one
    /// character, but still a `<` to a browser.
    private static func escapingMarkup(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text as a quoted CSS string that cannot end the string or the `<style>` element early.
    private static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in TerminalSafety.visible(text).unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "\n", "\r", "\t":
                result += "\\" + String(scalar.value, radix: 16) + " "
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Calm on screen and on paper. Meaning never rests on colour alone (lines differ by dash,
    /// boxes by border and words), since many print in black and white. Widths are relative and
    /// long words may break anywhere, so that A4 and US Letter both fit; the page size is left to
    /// the printer. The running header and page numbers are page margin boxes, which Chromium
    /// prints (from version 131) in place of its own header and footer; browsers without them
    /// print their own, with the page's title, which holds the period too.
    private static func styleSheet(runningHeader: String, showsPictures: Bool) -> String {
        // One stack for headings and the page's margins, so that they print in the same face.
        let sansSerif = #""Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", system-ui, sans-serif"#
        return """
        :root { color-scheme: light; }
        html { font-size: 17px; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0 auto; max-width: 42rem; padding: 2.5rem 1.5rem 3rem;
          font: 1rem/1.6 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Liberation Serif", serif;
          color: #222; background: #fff;
          overflow-wrap: anywhere;
        }
        h1, h2, h3, .period, .facts, .labels, .aside, .notice, figcaption, table, footer, .chart text {
          font-family: \(sansSerif);
        }
        header { border-bottom: 2px solid #222; padding-bottom: 1rem; }
        h1 { font-size: 1.8rem; font-weight: 600; line-height: 1.2; margin: 0; }
        .period { font-size: 1.15rem; margin: 0.25rem 0 0.8rem; color: #333; }
        .facts { list-style: none; margin: 0; padding: 0; font-size: 0.88rem; color: #444; }
        .facts li { margin: 0.1rem 0; }
        .note { color: #555; font-style: italic; }
        .notice { border: 2px solid #222; padding: 0.8rem 1rem; margin: 1.6rem 0 0; line-height: 1.45; }
        h2 {
          font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.12em; color: #444;
          border-bottom: 1px solid #c9cfd6; padding-bottom: 0.35rem; margin: 2.4rem 0 1rem;
          break-after: avoid;
        }
        ul { padding-left: 1.2rem; margin: 0 0 1rem; }
        li { margin: 0.2rem 0; }
        .aside { font-size: 0.85rem; color: #555; }
        .entry {
          margin: 0 0 1.4rem; padding: 0.05rem 0 0.05rem 1rem; border-left: 3px solid #b7c0ca;
          break-inside: avoid;
        }
        #flagged .entry { border-left: 5px double #222; }
        .entry h3 { font-size: 0.88rem; font-weight: 600; color: #333; margin: 0; }
        .labels { font-size: 0.85rem; color: #555; margin: 0.05rem 0 0; }
        .entry p { margin: 0.45rem 0 0; orphans: 3; widows: 3; }
        figure { margin: 1.4rem 0 1.2rem; break-inside: avoid; }
        figure > svg { display: block; width: 100%; height: auto; }
        figcaption { font-size: 0.78rem; color: #444; margin-top: 0.4rem; }
        figcaption svg { width: 2.4em; height: 0.8em; vertical-align: -0.05em; }
        .key { white-space: nowrap; margin-right: 1.2em; }
        .chart text { font-size: 12px; fill: #444; }
        .chart .grid { stroke: #d6dbe0; stroke-width: 1; }
        .chart .axis { stroke: #666; stroke-width: 1; }
        .chart .mood { fill: none; stroke: #1f3a4d; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
        .chart .day { fill: #1f3a4d; stroke: #fff; stroke-width: 1.5; }
        .chart .previous { stroke: #444; stroke-width: 1.5; stroke-dasharray: 7 5; }
        .chart .session { stroke: #555; stroke-width: 1.5; stroke-dasharray: 2 3; }
        table {
          width: 100%; border-collapse: collapse; font-size: 0.78rem; font-variant-numeric: tabular-nums;
          break-inside: avoid;
        }
        caption { caption-side: top; text-align: left; color: #444; padding-bottom: 0.4rem; }
        th, td { border: 1px solid #d3d8de; padding: 0.25rem 0.45rem; text-align: right; font-weight: normal; }
        th { color: #555; }
        th:first-child { text-align: left; white-space: nowrap; }
        td .date { float: left; font-size: 0.75em; color: #777; }
        \(WorksheetDigestHTML.styleSheet)
        footer { margin-top: 2.5rem; padding-top: 0.7rem; border-top: 1px solid #c9cfd6; font-size: 0.85rem; color: #555; }
        @media (max-width: 30rem) {
          html { font-size: 16px; }
          body { padding: 1.5rem 1rem 2rem; }
          figure { overflow-x: auto; }
          figure > svg { min-width: 32rem; }
          td .date { display: none; }
        }
        \(showsPictures ? PictureHTML.styleSheet : "")@page {
          margin: 16mm 16mm 18mm;
          @top-center {
            content: \(cssString(runningHeader));
            font: 8pt \(sansSerif); color: #555;
          }
          @bottom-center {
            content: "Page " counter(page) " of " counter(pages);
            font: 8pt \(sansSerif); color: #555;
          }
        }
        @page :first { @top-center { content: none; } }
        @media print {
          html { font-size: 10.5pt; }
          body { max-width: none; margin: 0; padding: 0; line-height: 1.5; }
          h2 { margin-top: 1.9rem; }
          #other-entries { break-before: page; }
          #other-entries h2 { margin-top: 0; }
        }
        """
    }
}
