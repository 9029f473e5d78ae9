/// The digest as CommonMark, to print or to paste into notes.
struct DigestMarkdown {
    let digest: Digest
    let brief: Bool

    private typealias Phrases = DigestPhrases

    func render() -> String {
        var blocks: [String] = []
        blocks.append("# \(Phrases.title(digest))")
        blocks.append("**\(Phrases.period(digest))**")
        blocks.append(
            bullets([Phrases.lastSession(digest), Phrases.nextSession(digest), Phrases.entryCount(digest)]))
        if let notice = Phrases.selfHarmNotice(digest) { blocks.append("> **\(notice)**") }

        blocks.append("## Topics to bring up")
        blocks.append(digest.topics.isEmpty ? "None open." : bullets(digest.topics.map { inline($0.text) }))

        if !digest.isEmpty {
            blocks.append("## Flagged to discuss")
            blocks += digest.flagged.isEmpty ? ["Nothing flagged."] : digest.flagged.map(fullEntry)
        }

        blocks.append("## Mood")
        blocks.append(bullets(Phrases.moodLines(digest.mood, entryCount: digest.entries.count)))
        if digest.mood.count > 0 { blocks.append(dayTable()) }

        if !digest.checkIns.isEmpty {
            blocks.append("## Check-ins")
            blocks.append(bullets(digest.checkIns.map(Phrases.checkIn)))
            blocks.append("*\(Phrases.checkInsAreNotADiagnosis)*")
        }

        if !digest.feelings.isEmpty || !digest.tags.isEmpty {
            blocks.append("## Feelings and tags")
            var lines: [String] = []
            if !digest.feelings.isEmpty { lines.append("Feelings: " + Phrases.counts(digest.feelings)) }
            if !digest.tags.isEmpty { lines.append("Tags: " + Phrases.counts(digest.tags, prefix: "#")) }
            blocks.append(bullets(lines))
        }
        if !digest.hardestMoments.isEmpty {
            blocks.append("## The hardest moments")
            blocks += digest.hardestMoments.map(fullEntry)
        }
        if !digest.otherEntries.isEmpty {
            blocks.append("## All other entries")
            blocks += digest.otherEntries.map(otherEntry)
        }
        if let footer = Phrases.privateFooter(digest) {
            blocks.append("---")
            blocks.append("*\(footer)*")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func bullets(_ lines: [String]) -> String {
        lines.map { "- " + $0 }.joined(separator: "\n")
    }

    /// Topic text on one line of a list item.
    private func inline(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
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
        if let labels = EntryRendering.labels(of: entry) { parts.append("*\(labels)*") }
        parts.append(text)
        return parts.joined(separator: "\n\n")
    }

    private func dayTable() -> String {
        let rows = digest.mood.days.map { day in
            "| \(day.day.isoDay) | \(day.average.map(Phrases.oneDecimal) ?? "–") |"
        }
        return (["| Day | Average mood |", "| --- | ---: |"] + rows).joined(separator: "\n")
    }
}
