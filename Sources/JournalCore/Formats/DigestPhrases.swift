import Foundation

/// The sentences the text and Markdown digests share, so both say the same thing the same way.
enum DigestPhrases {
    static func title(_ digest: Digest) -> String {
        switch digest.periodStart {
        case .lastSession: "Since your last session"
        case .firstEntry: "Since your first entry"
        case .requested: "Your journal"
        }
    }

    /// `A. Example · Since your last session`: whose digest it is, then what it covers. The
    /// name goes through `word` (isolated in text, `<bdi>` in HTML).
    static func writerAndTitle(_ digest: Digest, word: (String) -> String = BidiIsolation.isolated) -> String {
        (digest.writer.map { word($0) + " · " } ?? "") + title(digest)
    }

    /// `Fri 13 Nov 2026 to Sun 29 Nov 2026`
    static func period(_ digest: Digest) -> String {
        let from = digest.from.localTime.calendarDay
        let to = digest.to.localTime.calendarDay
        return from == to ? from.readableDay : "\(from.readableDay) to \(to.readableDay)"
    }

    static func lastSession(_ digest: Digest) -> String {
        guard let session = digest.lastSession else { return "Last session: none recorded yet" }
        return "Last session: \(session.localTime.readableMoment)"
    }

    /// The bridge from the last session, in the writer's words: what stayed with them, then
    /// the session's note, each with its label; empty when neither was written.
    static func bridge(_ digest: Digest) -> [(label: String, text: String)] {
        guard let session = digest.lastSession else { return [] }
        return [(takeawayLabel, session.takeaway), (sessionNoteLabel, session.note)].compactMap { label, text in
            text.map { (label, $0) }
        }
    }

    static let takeawayLabel = "What stayed with me"
    static let sessionNoteLabel = "Note"

    static func nextSession(_ digest: Digest) -> String {
        guard let session = digest.nextSession else { return "Next session: not planned yet" }
        return "Next session: \(session.localTime.readableMoment)"
    }

    /// `Sessions in this period: Mon 9 Nov 2026 and Mon 16 Nov 2026`, when `--since` reaches
    /// back over more than one; nil otherwise, the last session saying it all.
    static func sessionsInPeriod(_ digest: Digest) -> String? {
        guard digest.heldSessions.count > 1 else { return nil }
        return "Sessions in this period: " + listed(digest.heldSessions.map(\.localTime.readableDay))
    }

    /// `12 entries on 9 days`
    static func entryCount(_ digest: Digest) -> String {
        guard !digest.isEmpty else { return "No entries in this period." }
        return "\(Wording.count(digest.entries.count, "entry", "entries")) on \(Wording.count(digest.dayCount, "day", "days"))"
    }

    /// The heading line of an entry in the digest: date, time and mood.
    static func entryHeading(_ entry: Entry) -> String {
        var parts = [entry.localTime.readableMoment]
        parts.append(entry.mood.map { "mood \($0)" } ?? "no mood")
        if entry.isPrivate { parts.append("private") }
        return parts.joined(separator: " · ")
    }

    static func moodLines(_ mood: MoodSummary, entryCount: Int) -> [String] {
        guard let average = mood.average, let lowest = mood.lowest, let highest = mood.highest else {
            return [entryCount == 0 ? "No entries, so no mood." : "None of the entries has a mood rating."]
        }
        var lines = ["\(mood.count) of \(Wording.count(entryCount, "entry", "entries")) rated, average \(oneDecimal(average))"]
        lines.append(
            "Lowest \(lowest.mood!) on \(lowest.localTime.readableMoment); highest \(highest.mood!) on \(highest.localTime.readableMoment)")
        if let previous = mood.previousAverage, let change = mood.change {
            let direction =
                abs(change) < 0.05 ? "about the same" : change > 0 ? "up \(oneDecimal(change))" : "down \(oneDecimal(-change))"
            lines.append("The period before: average \(oneDecimal(previous)) (\(direction))")
        } else {
            lines.append("The period before: no ratings to compare with")
        }
        return lines
    }

    /// The line at the top of the digest when a PHQ-9 check-in of the period reports thoughts
    /// of self-harm, so that the writer can raise it first; nil when none does.
    static func selfHarmNotice(_ selfHarmCheckIns: [CheckIn]) -> String? {
        guard !selfHarmCheckIns.isEmpty else { return nil }
        var days: [String] = []
        for day in selfHarmCheckIns.map(\.localTime.readableDay) where !days.contains(day) { days.append(day) }
        let checkIns = selfHarmCheckIns.count == 1 ? "check-in" : "check-ins"
        return "To raise first: in your PHQ-9 \(checkIns) of \(listed(days)) you answered that you had thoughts that you "
            + "would be better off dead or of hurting yourself in some way."
    }

    /// `PHQ-9 on Fri 27 Nov 2026: 12 of 27, moderate — up 3 since Fri 13 Nov 2026 (9, mild)`
    static func checkIn(_ summary: CheckInSummary) -> String {
        let latest = summary.latest.checkIn
        var line = "\(summary.instrument.name) on \(latest.localTime.readableDay): \(score(latest)) — "
            + change(summary.latest)
        if summary.count > 1 { line += "; \(summary.count) check-ins in this period" }
        return line
    }

    /// `12 of 27, moderate`
    static func score(_ checkIn: CheckIn) -> String {
        "\(checkIn.total) of \(checkIn.instrument.maximumTotal), \(checkIn.band.rawValue)"
    }

    /// `up 3 since Fri 13 Nov 2026 (9, mild)`, or that there is nothing to compare with.
    static func change(_ trend: CheckInTrend) -> String {
        guard let previous = trend.previous, let change = trend.change else {
            return "no earlier \(trend.checkIn.instrument.name) to compare with"
        }
        let since = "\(previous.localTime.readableDay) (\(previous.total), \(previous.band.rawValue))"
        return change == 0 ? "the same as on \(since)" : "\(change > 0 ? "up" : "down") \(abs(change)) since \(since)"
    }

    static let checkInsAreNotADiagnosis = "These are scores to talk over with your therapist, not a diagnosis."

    /// `a`, `a and b`, `a, b and c`
    static func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `anxious 3, tired 2`; a no-break space keeps each name with its count when lines wrap,
    /// and each name goes through `word`, which isolates it (`BidiIsolation`) so that a count
    /// stays with its name in right-to-left words too.
    static func counts(_ labels: [LabelCount], prefix: String = "", word: (String) -> String = BidiIsolation.isolated) -> String {
        labels.map { "\(prefix)\(word($0.name))\u{00A0}\($0.count)" }.joined(separator: ", ")
    }

    /// The answers of a check-in, item by item, as the form numbers them: `("1. Little
    /// interest or pleasure in doing things", "2 · More than half the days")`.
    static func answers(_ checkIn: CheckIn) -> [(item: String, answer: String)] {
        zip(checkIn.instrument.items, checkIn.answers).enumerated().map { index, pair in
            ("\(index + 1). \(pair.0)", "\(pair.1) · \(Instrument.answers[pair.1])")
        }
    }

    /// The hardest moment already shown in full under flagged, referred to there.
    static let alsoFlaggedAbove = "also flagged above"

    static func oneDecimal(_ value: Double) -> String { String(format: "%.1f", value) }

    /// One block character per average, from ▁ (0) to █ (10); nil, a day or week without a
    /// rating, is a dot.
    static func sparkline(_ averages: [Double?]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        return String(
            averages.map { average in
                guard let average else { return "·" }
                return blocks[min(blocks.count - 1, Int((average / 10 * Double(blocks.count - 1)).rounded()))]
            })
    }

    /// The first `lineCount` lines of a text, for `--brief`.
    static func firstLines(_ text: String, _ lineCount: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let kept = lines.prefix(lineCount).joined(separator: "\n")
        return lines.count > lineCount ? kept + " …" : kept
    }
}
