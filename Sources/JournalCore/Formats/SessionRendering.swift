/// `session list` and `topic list` as text, and the lines the commands that change sessions
/// and topics print.
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
                if let note = session.note { line += style.dim(" · " + BidiIsolation.isolated(note, style: style)) }
                lines.append(line)
                if let takeaway = session.takeaway {
                    lines.append("    " + style.dim("What stayed with me: " + BidiIsolation.isolated(takeaway, style: style)))
                }
            }
        }
        lines.append(
            (overview.held.isEmpty ? "Entries so far: " : "Since the last session: ")
                + Wording.count(overview.entriesSinceLast, "entry", "entries"))
        if let next = overview.next {
            lines.append("Next session: \(next.localTime.readableMoment) " + style.dim("(#\(next.id))"))
        } else if let passed = overview.passedPlan {
            lines.append(style.accent(passedPlan(passed)))
        } else {
            lines.append("Next session: not planned (journal session next WHEN)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Said once by `prep`, `session list` and `add` while a planned session has passed with no
    /// session recorded near it.
    public static func passedPlan(_ planned: Session) -> String {
        "Your session planned for \(planned.localTime.readableMoment) has passed: record it with journal session add "
            + "(or, if it did not take place, journal session delete \(planned.id))"
    }

    /// The line `session add` prints.
    public static func recorded(_ session: Session, atThePlannedTime: Bool) -> String {
        guard atThePlannedTime else { return "Recorded session \(session.id) · \(session.localTime.readableMoment)" }
        return "Recorded session \(session.id) · \(session.localTime.readableMoment), the time it was planned for "
            + "(another time: journal session edit \(session.id) --date WHEN)"
    }

    /// The line `session edit` prints: `Changed session 3: date … → …, note changed, what stayed
    /// with you added.`
    public static func changes(from before: Session, to after: Session) -> String {
        var changes: [String] = []
        if before.moment != after.moment {
            changes.append("date \(before.localTime.readableMoment) → \(after.localTime.readableMoment)")
        }
        switch (before.note, after.note) {
        case (nil, .some): changes.append("note added")
        case (.some, nil): changes.append("note removed")
        case (let old?, let new?) where old != new: changes.append("note changed")
        default: break
        }
        switch (before.takeaway, after.takeaway) {
        case (nil, .some): changes.append("what stayed with you added")
        case (.some, nil): changes.append("what stayed with you removed")
        case (let old?, let new?) where old != new: changes.append("what stayed with you changed")
        default: break
        }
        guard !changes.isEmpty else { return "No change to session \(after.id)." }
        return "Changed session \(after.id): " + changes.joined(separator: ", ") + "."
    }

    /// One line naming a session, as a delete asks about it.
    public static func oneLine(_ session: Session, style: TextStyle) -> String {
        var line = style.dim("#\(session.id)") + "  " + session.localTime.readableMoment
        line += session.isPlanned ? "  planned" : "  held"
        if let note = session.note?.leadingLines(1).lines.first {
            line += " · " + BidiIsolation.isolated(String(note.prefix(60)), style: style).truncated(to: 50)
        }
        return line
    }

    /// `utcOffsetSeconds` is the reader's: topics are shown on the day they were added, and
    /// done, there.
    public static func topics(_ topics: [Topic], utcOffsetSeconds: Int, style: TextStyle) -> String {
        guard !topics.isEmpty else { return "No open topics. Add one with: journal topic add \"…\"\n" }
        return topics.map { topic in
            let day = { Moment($0, utcOffsetSeconds: utcOffsetSeconds).localTime.isoDay }
            let status = topic.doneAt.map { style.dim(" (done \(day($0)))") } ?? ""
            return oneLine(topic, style: style) + status + style.dim("  added \(day(topic.createdAt))")
        }.joined(separator: "\n") + "\n"
    }

    /// `#3  ask about sleep`
    public static func oneLine(_ topic: Topic, style: TextStyle) -> String {
        style.dim("#\(topic.id)") + "  " + BidiIsolation.isolated(topic.text, style: style)
    }
}
