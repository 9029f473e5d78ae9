/// `session list` and `topic list` as text.
public enum SessionRendering {
    public static func overview(_ overview: SessionOverview, style: TextStyle) -> String {
        var lines: [String] = []
        if overview.held.isEmpty {
            lines.append("No sessions recorded yet. After your next one: journal session add")
        } else {
            lines.append(style.bold("Sessions held"))
            for interval in overview.held {
                let session = interval.session
                var line = style.dim("#\(session.id)") + "  " + session.localTime.readableMoment
                line += "  " + Wording.count(interval.entriesBefore, "entry", "entries") + " before it"
                if let note = session.note { line += style.dim(" · " + style.safe(note)) }
                lines.append(line)
            }
        }
        lines.append(
            (overview.held.isEmpty ? "Entries so far: " : "Since the last session: ")
                + Wording.count(overview.entriesSinceLast, "entry", "entries"))
        if let next = overview.next {
            lines.append("Next session: \(next.localTime.readableMoment) " + style.dim("(#\(next.id))"))
        } else {
            lines.append("Next session: not planned (journal session next WHEN)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `utcOffsetSeconds` is the reader's: topics are shown on the day they were added there.
    public static func topics(_ topics: [Topic], utcOffsetSeconds: Int, style: TextStyle) -> String {
        guard !topics.isEmpty else { return "No open topics. Add one with: journal topic add \"…\"\n" }
        return topics.map { topic in
            let added = Moment(topic.createdAt, utcOffsetSeconds: utcOffsetSeconds).localTime.isoDay
            let status = topic.isOpen ? "" : style.dim(" (done)")
            return style.dim("#\(topic.id)") + "  " + style.safe(topic.text) + status + style.dim("  added \(added)")
        }.joined(separator: "\n") + "\n"
    }
}
