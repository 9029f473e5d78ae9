/// The digest for a terminal or a plain text file, wrapped to the width of the terminal.
struct DigestText {
    let digest: Digest
    let brief: Bool
    /// Each check-in's answers item by item (`--full`); the totals alone otherwise.
    var full = false
    let style: TextStyle

    private typealias Phrases = DigestPhrases
    private let indent = "  "

    func render() -> String {
        var lines: [String] = []
        lines.append(style.bold(Phrases.writerAndTitle(digest) { BidiIsolation.isolated($0, style: style) }) + ": " + Phrases.period(digest))
        lines.append(Phrases.lastSession(digest))
        for (label, text) in Phrases.bridge(digest) { lines += wrapped(label + ": " + BidiIsolation.isolated(text, style: style), hanging: "  ") }
        lines.append(Phrases.nextSession(digest))
        if let sessions = Phrases.sessionsInPeriod(digest) { lines += wrapped(sessions, indent: "") }
        lines.append(Phrases.entryCount(digest))
        for section in digest.sections { lines += render(section) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one section, with the blank line and the title before them; none for a
    /// section that has nothing to say.
    private func render(_ section: DigestSection) -> [String] {
        switch section {
        case .raiseFirst(let checkIns):
            guard let notice = Phrases.selfHarmNotice(checkIns) else { return [] }
            return [""] + wrapped(notice, indent: "").map { style.bold(style.accent($0)) }
        case .urgesToRaise(let cards):
            guard let notice = WorksheetPhrases.urgeNotice(cards) else { return [] }
            return [""] + wrapped(notice, indent: "").map { style.bold(style.accent($0)) }
        case .messages(let messages):
            guard !messages.isEmpty else { return [] }
            return titled(MessageRendering.digestTitle) { separated(messages.messages.map(message)) }
        case .homework(let homework):
            guard !homework.isEmpty else { return [] }
            return titled(HomeworkRendering.digestTitle) { homework.items.flatMap(homeworkItem) }
        case .topics(let topics):
            return titled("Topics to bring up") {
                topics.isEmpty
                    ? [indent + "None open. Add one with journal topic add \"…\"."]
                    : topics.flatMap { wrapped("• " + BidiIsolation.isolated($0.text, style: style), hanging: "  ") }
            }
        case .flagged(let flagged):
            guard !digest.isEmpty else { return [] }
            return titled("Flagged to discuss") {
                flagged.isEmpty
                    ? [indent + "Nothing flagged. (journal add --flag marks an entry to discuss.)"]
                    : separated(flagged.map(fullEntry))
            }
        case .mood(let mood):
            return titled("Mood") { moodLines(mood) }
        case .checkIns(let checkIns):
            guard !checkIns.latest.isEmpty else { return [] }
            return titled("Check-ins") {
                checkIns.latest.flatMap { wrapped(Phrases.checkIn($0), hanging: "  ") + (full ? answerLines($0.latest.checkIn) : []) }
                    + wrapped(Phrases.checkInsAreNotADiagnosis).map(style.dim)
            }
        case .worksheets(let worksheets):
            guard !worksheets.isEmpty else { return [] }
            return titled("Worksheets") { WorksheetDigestText(style: style).lines(worksheets) }
        case .feelingsAndTags(let feelings, let tags):
            guard !feelings.isEmpty || !tags.isEmpty else { return [] }
            return titled("Feelings and tags") {
                var result: [String] = []
                if !feelings.isEmpty { result += wrapped("Feelings: " + Phrases.counts(feelings) { BidiIsolation.isolated($0, style: style) }) }
                if !tags.isEmpty { result += wrapped("Tags: " + Phrases.counts(tags, prefix: "#") { BidiIsolation.isolated($0, style: style) }) }
                return result
            }
        case .hardestMoments(let entries, let shownAbove):
            guard !entries.isEmpty else { return [] }
            return titled("The hardest moments") {
                separated(entries.map { shownAbove.contains($0.id) ? referenceToFlagged($0) : fullEntry($0) })
            }
        case .otherEntries(let entries):
            guard !entries.isEmpty else { return [] }
            return titled("All other entries") { separated(entries.map { brief ? shortEntry($0) : fullEntry($0) }) }
        }
    }

    private func titled(_ title: String, _ body: () -> [String]) -> [String] {
        ["", style.bold(title.uppercased())] + body()
    }

    private func moodLines(_ mood: MoodSummary) -> [String] {
        var lines = Phrases.moodLines(mood, entryCount: digest.entries.count).flatMap { wrapped($0) }
        if mood.count > 0 {
            let days = mood.days
            let label = "Day by day: "
            let width = max(10, style.width - indent.count - label.count)
            for (index, start) in stride(from: 0, to: days.count, by: width).enumerated() {
                let chunk = Array(days[start..<min(start + width, days.count)])
                let prefix = index == 0 ? label : String(repeating: " ", count: label.count)
                lines.append(indent + prefix + style.accent(Phrases.sparkline(chunk.map(\.average))))
            }
            lines.append(indent + String(repeating: " ", count: label.count)
                + style.dim("\(days.first!.day.isoDay) to \(days.last!.day.isoDay); ▁ is 0, █ is 10, · a day without a rating"))
        }
        return lines
    }

    /// `1. Little interest or pleasure in doing things: 2 · More than half the days`
    private func answerLines(_ checkIn: CheckIn) -> [String] {
        Phrases.answers(checkIn).flatMap { wrapped("\($0.item): \($0.answer)", indent: indent + "  ", hanging: "   ") }
    }

    /// A hardest moment shown in full under flagged: its heading and where to find it.
    private func referenceToFlagged(_ entry: Entry) -> [String] {
        [indent + style.bold(Phrases.entryHeading(entry)), indent + "  " + style.dim(Phrases.alsoFlaggedAbove)]
    }

    private func message(_ message: Message) -> [String] {
        [indent + style.bold(MessageRendering.digestHeading(message))] + wrapped(style.safe(message.text), indent: indent + "  ")
    }

    private func homeworkItem(_ item: HomeworkProgress) -> [String] {
        var lines = wrapped("• " + BidiIsolation.isolated(item.homework.text, style: style), hanging: "  ")
        lines += wrapped(HomeworkRendering.digestFacts(item).joined(separator: " · "), indent: indent + "  ").map(style.dim)
        if let note = item.homework.note {
            lines += wrapped(HomeworkRendering.noteLabel(item.homework.status) + ": " + BidiIsolation.isolated(note, style: style), indent: indent + "  ")
        }
        return lines
    }

    private func fullEntry(_ entry: Entry) -> [String] {
        var lines = [indent + style.bold(Phrases.entryHeading(entry))]
        if let labels = EntryRendering.labels(of: entry, style: style) { lines += wrapped(labels, indent: indent + "  ").map(style.dim) }
        if !entry.text.isEmpty { lines += wrapped(style.safe(entry.text), indent: indent + "  ") }
        return lines + pictureLines(entry)
    }

    /// `[picture: storm.jpg, 1240×1754]`, a line for each of the entry's pictures.
    private func pictureLines(_ entry: Entry) -> [String] {
        entry.attachments.flatMap { wrapped(style.safe(AttachmentWording.placeholder($0)), indent: indent + "  ") }
    }

    /// Entries one after the other, a blank line between two.
    private func separated(_ entries: [[String]]) -> [String] {
        Array(entries.joined(separator: [""]))
    }

    private func shortEntry(_ entry: Entry) -> [String] {
        let text = Phrases.firstLines(entry.text, DigestRendering.briefLineCount)
        return [indent + style.bold(Phrases.entryHeading(entry))]
            + (text.isEmpty ? [] : wrapped(style.safe(text), indent: indent + "  ")) + pictureLines(entry)
    }

    private func wrapped(_ text: String, indent: String? = nil, hanging: String = "") -> [String] {
        let indent = indent ?? self.indent
        let width = max(20, style.width - indent.count)
        return text.wrapped(to: width).enumerated().map { index, line in
            line.isEmpty ? "" : indent + (index == 0 ? "" : hanging) + line
        }
    }
}
