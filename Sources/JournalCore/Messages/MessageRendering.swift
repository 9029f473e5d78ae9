/// What `journal message` prints: the line after a message is kept, what the plan says about
/// contact between sessions, lists, one message in full, changes and search results.
public enum MessageRendering {
    /// A message as JSON, one shape for `list --messages`, `show --message`, the digest and the
    /// export: `{"id": 4, "date": "2026-11-20T21:05:00+01:00", "mood": 3, "text": "…",
    /// "private": false}`, `mood` null when not rated.
    public static func json(_ message: Message) -> JSON {
        .object([
            ("id", .int(Int(message.id))),
            ("date", .string(message.localTime.iso8601)),
            ("mood", JSON(message.mood)),
            ("text", .string(message.text)),
            ("private", .bool(message.isPrivate)),
        ])
    }

    /// `list --messages`: each message as a heading line and its first lines.
    public static func list(_ messages: [Message], format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .json: return JSON.array(messages.map(json)).rendered() + "\n"
        case .markdown: return messages.map(markdown).joined(separator: "\n")
        case .text: return messages.map { summary(of: $0, style: style) }.joined(separator: "\n") + (messages.isEmpty ? "" : "\n")
        }
    }

    /// `show --message`: one message in full.
    public static func detail(_ message: Message, format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .json: return json(message).rendered() + "\n"
        case .markdown: return markdown(message)
        case .text:
            let time = message.localTime
            var lines = [style.bold("Message \(message.id)") + "  \(time.readableMoment) (UTC\(time.offsetText))"]
            lines.append("Mood: " + (message.mood.map { "\($0) of 10" } ?? "not rated"))
            if message.isPrivate { lines.append("Private: left out of digests and exports") }
            lines.append("")
            let text = style.safe(message.text)
            lines += style.showsControlCharacters ? text.wrapped(to: style.width) : [text]
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The line after a message is kept: `Kept message 4 · Fri 20 Nov 2026, 21:05. Nothing was
    /// sent: it waits for your next session, Thu 3 Dec 2026, 17:00.`
    public static func kept(_ message: Message, nextSession: Session?) -> String {
        let session = nextSession.map { "your next session, \($0.localTime.readableMoment)" } ?? "your next session"
        return "Kept message \(message.id) · \(message.localTime.readableMoment). Nothing was sent: it waits for \(session)."
    }

    /// What the plan says about contact between sessions, as the writer wrote it.
    public static func agreement(_ section: PlanSection, style: TextStyle) -> String {
        let title = "What you and your therapist agreed about contact between sessions, as your plan says:"
        return style.bold(title) + "\n\n" + style.safe(section.text) + "\n"
    }

    /// Said calmly when the plan has nothing about contact between sessions.
    public static func noAgreement(hasPlan: Bool, style: TextStyle) -> String {
        let said = hasPlan
            ? "Your plan does not say yet what contact you and your therapist agreed between sessions."
            : "You have no plan for between sessions yet, so nothing says what contact you and your therapist agreed."
        let text = said + " That is worth agreeing on at your next session, so that you know what to bring and what to send."
        return text.wrapped(to: style.width).joined(separator: "\n") + "\n"
    }

    /// The question asked on a terminal when the plan says nothing about contact.
    public static let topicQuestion = "Add \"\(ContactAgreement.topic)\" as a topic for your next session?"

    /// Said, without a terminal to ask on, when the plan says nothing about contact.
    public static let topicHint =
        "To bring it up at your next session: journal topic add \"\(ContactAgreement.topic)\" (or journal message --yes next time)."

    /// Said when the topic is on the list already.
    public static let topicAlreadyOpen = "It is on your topics for the next session already."

    /// `Added topic 5: Agree on contact between sessions: how, when, and for what.`
    public static func topicAdded(_ topic: Topic) -> String {
        "Added topic \(topic.id): \(topic.text)."
    }

    /// The line `journal edit --message` prints: `Changed message 4: text changed, mood 3 → 5.`
    public static func changes(from before: Message, to after: Message) -> String {
        var changes: [String] = []
        if before.text != after.text { changes.append("text changed") }
        switch (before.mood, after.mood) {
        case (let old?, let new?) where old != new: changes.append("mood \(old) → \(new)")
        case (nil, let new?): changes.append("mood \(new) given")
        case (let old?, nil): changes.append("mood \(old) removed")
        default: break
        }
        if before.isPrivate != after.isPrivate { changes.append(after.isPrivate ? "made private" : "no longer private") }
        guard !changes.isEmpty else { return "No change to message \(after.id)." }
        return "Changed message \(after.id): " + changes.joined(separator: ", ") + "."
    }

    /// One line naming a message without showing it all, as a delete asks about it:
    /// `#4  Fri 20 Nov 2026, 21:05  Its first line…`
    public static func oneLine(_ message: Message, style: TextStyle) -> String {
        let moment = message.localTime.readableMoment
        let width = max(20, style.width - "#\(message.id)  ".count - moment.count - 2)
        let firstLine = message.text.leadingLines(1).lines.first ?? ""
        return style.dim("#\(message.id)") + "  " + moment + "  " + style.safe(String(firstLine.prefix(width + 1))).truncated(to: width)
    }

    /// The heading of a message in the digest: `Fri 20 Nov 2026, 21:05 · mood 3`.
    static func digestHeading(_ message: Message) -> String {
        var parts = [message.localTime.readableMoment, message.mood.map { "mood \($0)" } ?? "no mood"]
        if message.isPrivate { parts.append("private") }
        return parts.joined(separator: " · ")
    }

    /// The title of the digest's section of messages.
    static let digestTitle = "What I wanted to tell you"

    // MARK: Search

    /// Messages found by `journal search`, as a part of their own after the entries in text and
    /// Markdown.
    public static func searchResults(_ hits: [MessageHit], format: OutputFormat, style: TextStyle) -> String {
        SearchRendering.part(
            hits, title: "Messages", format: format, style: style, snippet: \.snippet, json: json,
            markdownHeading: { "**\($0.message.localTime.readableMoment)** (message \($0.message.id))" },
            textHeading: { heading(of: $0.message, style: style) })
    }

    /// A message found, as JSON: its shape in `list --messages` plus `"record": "message"`, which
    /// tells it from an entry in the same array, `snippet` (matches between `**`) and `rank`.
    public static func json(_ hit: MessageHit) -> JSON {
        guard case .object(let members) = json(hit.message) else { return .null }
        return .object(
            [("record", .string("message"))] + members
                + [("snippet", .string(SearchRendering.marked(hit.snippet, start: "**", end: "**"))), ("rank", .double(hit.score))])
    }

    // MARK: Parts

    /// `#4  Fri 20 Nov 2026, 21:05 · mood 3 · private`
    static func heading(of message: Message, style: TextStyle) -> String {
        var parts = [style.bold(message.localTime.readableMoment)]
        if let mood = message.mood { parts.append("mood \(mood)") }
        if message.isPrivate { parts.append("private") }
        return style.dim("#\(message.id)") + "  " + parts.joined(separator: " · ")
    }

    private static func summary(of message: Message, style: TextStyle) -> String {
        let indent = "    "
        let width = max(20, style.width - indent.count)
        let text = message.text.leadingLines(EntryRendering.summaryLineCount)
        var lines = [heading(of: message, style: style)]
        for line in text.lines {
            lines.append(indent + style.safe(String(line.prefix(width + 1))).truncated(to: width))
        }
        if text.count > EntryRendering.summaryLineCount {
            let more = text.count - EntryRendering.summaryLineCount
            lines.append(indent + style.dim("… " + Wording.count(more, "more line", "more lines")))
        }
        return lines.joined(separator: "\n")
    }

    private static func markdown(_ message: Message) -> String {
        var details = [message.mood.map { "mood \($0)/10" } ?? "mood not rated"]
        if message.isPrivate { details.append("private") }
        return "## \(message.localTime.readableMoment) (message \(message.id))\n\n"
            + "*\(MarkdownText.inline(details.joined(separator: " · ")))*\n\n"
            + MarkdownText.quoted(message.text) + "\n"
    }
}
