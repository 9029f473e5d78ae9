/// Turns entries into text for a terminal, Markdown, or JSON of the documented shape.
public enum EntryRendering {
    /// `list`: every entry as a heading line and its first lines of text.
    public static func list(_ entries: [Entry], format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .json:
            return JSON.array(entries.map(json)).rendered() + "\n"
        case .markdown:
            return entries.map(markdown).joined(separator: "\n")
        case .text:
            guard !entries.isEmpty else { return "" }
            return entries.map { summary(of: $0, style: style) }.joined(separator: "\n") + "\n"
        }
    }

    /// `show`: one entry in full.
    public static func detail(_ entry: Entry, format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .json: return json(entry).rendered() + "\n"
        case .markdown: return markdown(entry)
        case .text: return fullText(of: entry, style: style)
        }
    }

    /// An entry as the JSON object the README documents: `{"id": 12, "date":
    /// "2026-11-20T21:05:00+01:00", "mood": 3, "text": "…", "tags": ["family"], "feelings":
    /// ["anxious"], "flagged": true, "private": false}`, `mood` null when not rated, and
    /// `"attachments": [{"number", "name", "type", "bytes", "width", "height"}]` when it has pictures.
    public static func json(_ entry: Entry) -> JSON {
        var members: [(String, JSON)] = [
            ("id", .int(Int(entry.id))),
            ("date", .string(entry.localTime.iso8601)),
            ("mood", JSON(entry.mood)),
            ("text", .string(entry.text)),
            ("tags", JSON(entry.tags)),
            ("feelings", JSON(entry.feelings)),
            ("flagged", .bool(entry.isFlagged)),
            ("private", .bool(entry.isPrivate)),
        ]
        if !entry.attachments.isEmpty { members.append(("attachments", .array(entry.attachments.map(AttachmentJSON.summary)))) }
        return .object(members)
    }

    /// How many lines of text `list` shows of each entry.
    static let summaryLineCount = 2

    static func heading(of entry: Entry, style: TextStyle) -> String {
        var parts = [style.bold(entry.localTime.readableMoment)]
        if let mood = entry.mood { parts.append("mood \(mood)") }
        if entry.isFlagged { parts.append(style.accent("flagged")) }
        if entry.isPrivate { parts.append("private") }
        if !entry.attachments.isEmpty { parts.append(AttachmentWording.count(entry.attachments)) }
        return style.dim("#\(entry.id)") + "  " + parts.joined(separator: " · ")
    }

    static func labels(of entry: Entry) -> String? {
        var parts: [String] = []
        if !entry.feelings.isEmpty { parts.append("feeling " + entry.feelings.joined(separator: ", ")) }
        if !entry.tags.isEmpty { parts.append(entry.tags.map { "#" + $0 }.joined(separator: " ")) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private static func summary(of entry: Entry, style: TextStyle) -> String {
        let indent = "    "
        let width = max(20, style.width - indent.count)
        var lines = [heading(of: entry, style: style)]
        // An entry of pictures alone is known by their names.
        let text = (entry.text.isEmpty ? entry.attachments.map(AttachmentWording.placeholder).joined(separator: "\n") : entry.text)
            .leadingLines(summaryLineCount)
        for line in text.lines {
            // Made safe after a first cut: only what is shown needs looking at.
            lines.append(indent + style.safe(String(line.prefix(width + 1))).truncated(to: width))
        }
        if text.count > summaryLineCount {
            lines.append(indent + style.dim("… " + Wording.count(text.count - summaryLineCount, "more line", "more lines")))
        }
        if let labels = labels(of: entry) {
            lines.append(indent + style.dim(style.safe(labels).truncated(to: width)))
        }
        return lines.joined(separator: "\n")
    }

    private static func fullText(of entry: Entry, style: TextStyle) -> String {
        let time = entry.localTime
        var lines = [
            style.bold("Entry \(entry.id)") + "  \(time.readableMoment) (UTC\(time.offsetText))"
        ]
        lines.append("Mood: " + (entry.mood.map { "\($0) of 10" } ?? "not rated"))
        if !entry.feelings.isEmpty { lines.append("Feelings: " + entry.feelings.joined(separator: ", ")) }
        if !entry.tags.isEmpty { lines.append("Tags: " + entry.tags.map { "#" + $0 }.joined(separator: " ")) }
        if entry.isFlagged { lines.append(style.accent("Flagged to discuss in the next session")) }
        if entry.isPrivate { lines.append("Private: left out of digests and exports") }
        if !entry.text.isEmpty {
            lines.append("")
            let text = style.safe(entry.text)
            lines.append(contentsOf: style.showsControlCharacters ? text.wrapped(to: style.width) : [text])
        }
        if !entry.attachments.isEmpty {
            lines.append("")
            lines.append(style.bold(entry.attachments.count == 1 ? "Picture" : "Pictures"))
            for attachment in entry.attachments {
                lines.append("  \(attachment.number)  \(style.safe(attachment.name)) " + style.dim("· " + AttachmentWording.details(attachment)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(_ entry: Entry) -> String {
        let time = entry.localTime
        var details = [entry.mood.map { "mood \($0)/10" } ?? "mood not rated"]
        if entry.isFlagged { details.append("flagged") }
        if entry.isPrivate { details.append("private") }
        if !entry.feelings.isEmpty { details.append("feeling " + entry.feelings.joined(separator: ", ")) }
        if !entry.tags.isEmpty { details.append("tags " + entry.tags.map { "#" + $0 }.joined(separator: " ")) }
        if !entry.attachments.isEmpty { details.append(AttachmentWording.count(entry.attachments)) }
        let pictures = entry.attachments.map { AttachmentWording.markdownPlaceholder($0) }
        return "## \(time.readableMoment) (entry \(entry.id))\n\n"
            + "*\(MarkdownText.inline(details.joined(separator: " · ")))*\n\n"
            + ([entry.text].filter { !$0.isEmpty }.map(MarkdownText.quoted) + pictures).joined(separator: "\n\n") + "\n"
    }

    // MARK: Changes

    /// The line `journal edit` prints: `Changed entry 12: mood 3 → 7, feeling proud added.`,
    /// or `No change to entry 12.` The text itself is never quoted.
    public static func changes(_ update: EntryUpdate) -> String {
        let (before, after) = (update.before, update.after)
        var changes: [String] = []
        if before.text != after.text { changes.append("text changed") }
        if before.moment != after.moment {
            changes.append("date \(before.localTime.readableMoment) → \(after.localTime.readableMoment)")
        }
        switch (before.mood, after.mood) {
        case (let old?, let new?) where old != new: changes.append("mood \(old) → \(new)")
        case (nil, let new?): changes.append("mood \(new) given")
        case (let old?, nil): changes.append("mood \(old) removed")
        default: break
        }
        if before.isFlagged != after.isFlagged { changes.append(after.isFlagged ? "flagged" : "no longer flagged") }
        if before.isPrivate != after.isPrivate { changes.append(after.isPrivate ? "made private" : "no longer private") }
        changes += labelChanges("feeling", "feelings", from: before.feelings, to: after.feelings) { $0 }
        changes += labelChanges("tag", "tags", from: before.tags, to: after.tags) { "#" + $0 }
        guard !changes.isEmpty else { return "No change to entry \(after.id)." }
        return "Changed entry \(after.id): " + changes.joined(separator: ", ") + "."
    }

    /// `feeling proud added`, `tags #a #b removed`.
    private static func labelChanges(
        _ singular: String, _ plural: String, from before: [String], to after: [String], shown: (String) -> String
    ) -> [String] {
        func phrase(_ names: [String], _ verb: String) -> [String] {
            guard !names.isEmpty else { return [] }
            let separator = singular == "tag" ? " " : ", "
            return ["\(names.count == 1 ? singular : plural) \(names.map(shown).joined(separator: separator)) \(verb)"]
        }
        return phrase(after.filter { !before.contains($0) }, "added") + phrase(before.filter { !after.contains($0) }, "removed")
    }

    /// One line naming an entry without showing it all, as a delete asks about it:
    /// `#12  Fri 20 Nov 2026, 21:05  Its first line…`
    public static func oneLine(_ entry: Entry, style: TextStyle) -> String {
        let start = style.dim("#\(entry.id)") + "  " + entry.localTime.readableMoment + "  "
        let width = max(20, style.width - "#\(entry.id)  ".count - entry.localTime.readableMoment.count - 2)
        let firstLine = entry.text.leadingLines(1).lines.first ?? ""
        return start + style.safe(String(firstLine.prefix(width + 1))).truncated(to: width)
    }
}
