/// The digest as CommonMark, to print or to paste into notes. What the writer typed never
/// changes the digest's outline: entries' texts are block quotes, and topics, feelings and tags
/// are escaped (see `MarkdownText`).
struct DigestMarkdown {
    let digest: Digest
    let brief: Bool

    private typealias Phrases = DigestPhrases

    func render() -> String {
        var blocks: [String] = []
        blocks.append("# \(Phrases.writerAndTitle(digest) { MarkdownText.inline(BidiIsolation.isolated($0)) })")
        blocks.append("**\(Phrases.period(digest))**")
        let bridge = Phrases.bridge(digest).map { "\n  - \($0.label): " + inline($0.text) }.joined()
        blocks.append(
            bullets(
                [Phrases.lastSession(digest) + bridge, Phrases.nextSession(digest)] + [Phrases.sessionsInPeriod(digest)].compactMap { $0 }
                    + [Phrases.entryCount(digest)]))
        for section in digest.sections { blocks += render(section) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The blocks of one section, its heading first; none for a section with nothing to say.
    private func render(_ section: DigestSection) -> [String] {
        switch section {
        case .raiseFirst(let checkIns):
            return Phrases.selfHarmNotice(checkIns).map { ["> **\($0)**"] } ?? []
        case .urgesToRaise(let cards):
            return WorksheetPhrases.urgeNotice(cards).map { ["> **\($0)**"] } ?? []
        case .messages(let messages):
            guard !messages.isEmpty else { return [] }
            return ["## \(MessageRendering.digestTitle)"] + messages.messages.map(message)
        case .homework(let homework):
            guard !homework.isEmpty else { return [] }
            return ["## \(HomeworkRendering.digestTitle)", bullets(homework.items.map(homeworkItem))]
        case .topics(let topics):
            return ["## Topics to bring up", topics.isEmpty ? "None open." : bullets(topics.map { inline($0.text) })]
        case .flagged(let flagged):
            guard !digest.isEmpty else { return [] }
            return ["## Flagged to discuss"] + (flagged.isEmpty ? ["Nothing flagged."] : flagged.map(fullEntry))
        case .mood(let mood):
            return ["## Mood", bullets(Phrases.moodLines(mood, entryCount: digest.entries.count))]
                + (mood.count > 0 ? [dayTable(mood.days)] : [])
        case .checkIns(let checkIns):
            guard !checkIns.latest.isEmpty else { return [] }
            return ["## Check-ins", bullets(checkIns.latest.map(Phrases.checkIn))] + checkIns.latest.map(answerTable)
                + ["*\(Phrases.checkInsAreNotADiagnosis)*"]
        case .worksheets(let worksheets):
            return worksheets.isEmpty ? [] : WorksheetDigestMarkdown.blocks(worksheets)
        case .feelingsAndTags(let feelings, let tags):
            guard !feelings.isEmpty || !tags.isEmpty else { return [] }
            var lines: [String] = []
            if !feelings.isEmpty { lines.append("Feelings: " + MarkdownText.inline(Phrases.counts(feelings))) }
            if !tags.isEmpty { lines.append("Tags: " + MarkdownText.inline(Phrases.counts(tags, prefix: "#"))) }
            return ["## Feelings and tags", bullets(lines)]
        case .hardestMoments(let entries, let shownAbove):
            guard !entries.isEmpty else { return [] }
            return ["## The hardest moments"]
                + entries.map { shownAbove.contains($0.id) ? referenceToFlagged($0) : fullEntry($0) }
        case .otherEntries(let entries):
            guard !entries.isEmpty else { return [] }
            return ["## All other entries"] + entries.map(otherEntry)
        }
    }

    private func bullets(_ lines: [String]) -> String {
        lines.map { "- " + $0 }.joined(separator: "\n")
    }

    /// Writer text on one line of a list item (a topic, a homework, a note), isolated
    /// (`BidiIsolation`).
    private func inline(_ text: String) -> String {
        MarkdownText.inline(BidiIsolation.isolated(text))
    }

    /// A check-in's answers as a table of two columns, item and answer, as clinicians read
    /// them; the items are the form's own words.
    private func answerTable(_ summary: CheckInSummary) -> String {
        let checkIn = summary.latest.checkIn
        let rows = Phrases.answers(checkIn).map { "| \(MarkdownText.inline($0.item)) | \($0.answer) |" }
        return (["**\(summary.instrument.name) on \(checkIn.localTime.readableDay), item by item**", "",
            "| Item | Answer |", "| --- | --- |"] + rows).joined(separator: "\n")
    }

    /// A hardest moment shown in full under flagged: its heading and where to find it.
    private func referenceToFlagged(_ entry: Entry) -> String {
        "### \(Phrases.entryHeading(entry))\n\n*\(Phrases.alsoFlaggedAbove)*"
    }

    /// The writer's text as a quote, as an entry's.
    private func message(_ message: Message) -> String {
        "### \(MessageRendering.digestHeading(message))\n\n" + MarkdownText.quoted(message.text)
    }

    /// One line: the homework, then the journal's words about it in emphasis, then the writer's
    /// note.
    private func homeworkItem(_ item: HomeworkProgress) -> String {
        var line = inline(item.homework.text) + " — *" + HomeworkRendering.digestFacts(item).joined(separator: " · ") + "*"
        if let note = item.homework.note { line += " — " + HomeworkRendering.noteLabel(item.homework.status) + ": " + inline(note) }
        return line
    }

    private func fullEntry(_ entry: Entry) -> String {
        self.entry(entry, text: entry.text)
    }

    /// `--brief` cuts only the other entries: the flagged and the hardest are why the digest exists.
    private func otherEntry(_ entry: Entry) -> String {
        self.entry(entry, text: brief ? Phrases.firstLines(entry.text, DigestRendering.briefLineCount) : entry.text)
    }

    private func entry(_ entry: Entry, text: String) -> String {
        var parts = ["### \(Phrases.entryHeading(entry))"]
        if let labels = EntryRendering.labels(of: entry) { parts.append("*\(MarkdownText.inline(labels))*") }
        // An entry may be pictures alone, without a text to quote.
        if !text.isEmpty { parts.append(MarkdownText.quoted(text)) }
        parts += entry.attachments.map { AttachmentWording.markdownPlaceholder($0) }
        return parts.joined(separator: "\n\n")
    }

    private func dayTable(_ days: [DailyMood]) -> String {
        let rows = days.map { day in
            "| \(day.day.isoDay) | \(day.average.map(Phrases.oneDecimal) ?? "–") |"
        }
        return (["| Day | Average mood |", "| --- | ---: |"] + rows).joined(separator: "\n")
    }
}
