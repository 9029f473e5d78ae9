/// Search results for a terminal, Markdown or JSON.
public enum SearchRendering {
    /// The entries found, then the worksheets found (`WorksheetRendering.searchResults`), then
    /// the messages found (`MessageRendering.searchResults`).
    public static func render(
        _ hits: [SearchHit], worksheets: [WorksheetHit] = [], messages: [MessageHit] = [], format: OutputFormat, style: TextStyle
    ) -> String {
        let parts = format == .json
            ? []
            : [
                WorksheetRendering.searchResults(worksheets, format: format, style: style),
                MessageRendering.searchResults(messages, format: format, style: style),
            ].filter { !$0.isEmpty }
        let found = parts.joined(separator: "\n")
        let between = hits.isEmpty || found.isEmpty ? "" : "\n"
        switch format {
        case .json:
            return JSON.array(hits.map(json) + worksheets.map(WorksheetRendering.json) + messages.map(MessageRendering.json)).rendered()
                + "\n"
        case .markdown: return hits.map(markdown).joined(separator: "\n") + between + found
        case .text: return hits.map { text($0, style: style) }.joined(separator: "\n") + (hits.isEmpty ? "" : "\n") + between + found
        }
    }

    /// An entry as `EntryRendering.json(_:)` shapes it, plus `snippet` (matches between `**`) and `rank`
    /// (higher is a better match; null without words to match).
    static func json(_ hit: SearchHit) -> JSON {
        guard case .object(var members) = EntryRendering.json(hit.entry) else { return .null }
        members.append(("snippet", .string(marked(hit.snippet, start: "**", end: "**"))))
        members.append(("rank", hit.score.map { .double($0) } ?? .null))
        return .object(members)
    }

    private static func text(_ hit: SearchHit, style: TextStyle) -> String {
        let indent = "    "
        let width = max(20, style.width - indent.count)
        var lines = [EntryRendering.heading(of: hit.entry, style: style)]
        let snippet = style.safe(hit.snippet)
        let highlighted = style.usesColor ? marked(snippet, start: "\u{1B}[1m", end: "\u{1B}[22m") : marked(snippet, start: "", end: "")
        // Wrapping counts characters, so it runs on the text without escape sequences.
        let wrapped = style.usesColor ? [highlighted] : highlighted.wrapped(to: width)
        lines += wrapped.map { indent + $0 }
        if let labels = EntryRendering.labels(of: hit.entry, style: style) {
            lines.append(indent + style.dim(labels.truncated(to: width)))
        }
        return lines.joined(separator: "\n")
    }

    private static func markdown(_ hit: SearchHit) -> String {
        let entry = hit.entry
        var details = ["entry \(entry.id)"]
        if let mood = entry.mood { details.append("mood \(mood)") }
        if entry.isFlagged { details.append("flagged") }
        if entry.isPrivate { details.append("private") }
        if !entry.attachments.isEmpty { details.append(AttachmentWording.count(entry.attachments)) }
        return "- **\(entry.localTime.readableMoment)** (\(details.joined(separator: ", "))): "
            + marked(hit.snippet, start: "**", end: "**") + "\n"
    }

    /// A part of the results after the entries (worksheets, messages): under its own title in
    /// text and Markdown, each hit's heading and then its snippet; an array of `json` in JSON.
    static func part<Hit>(
        _ hits: [Hit], title: String, format: OutputFormat, style: TextStyle, snippet: (Hit) -> String,
        json: (Hit) -> JSON, markdownHeading: (Hit) -> String, textHeading: (Hit) -> String
    ) -> String {
        guard !hits.isEmpty else { return "" }
        switch format {
        case .json:
            return JSON.array(hits.map(json)).rendered() + "\n"
        case .markdown:
            return "## \(title)\n\n"
                + hits.map { "- \(markdownHeading($0)): " + marked(isolatingFields(snippet($0)), start: "**", end: "**") }
                .joined(separator: "\n") + "\n"
        case .text:
            let indent = "    "
            let lines = hits.map { hit in
                let highlighted = marked(
                    isolatingFields(style.safe(snippet(hit))), start: style.usesColor ? "\u{1B}[1m" : "",
                    end: style.usesColor ? "\u{1B}[22m" : "")
                let body = style.usesColor ? [highlighted] : highlighted.wrapped(to: max(20, style.width - indent.count))
                return ([textHeading(hit)] + body.map { indent + $0 }).joined(separator: "\n")
            }
            return style.bold(title) + "\n" + lines.joined(separator: "\n") + "\n"
        }
    }

    /// A snippet whose fields (a worksheet's, joined with ` · `) are each isolated, so that
    /// right-to-left ones keep their order around the separators (`BidiIsolation`).
    private static func isolatingFields(_ snippet: String) -> String {
        snippet.components(separatedBy: " · ").map(BidiIsolation.isolated).joined(separator: " · ")
    }

    /// The snippet with its matches between `start` and `end`.
    static func marked(_ snippet: String, start: String, end: String) -> String {
        var result = ""
        for character in snippet {
            switch character {
            case SearchHit.highlightStart: result += start
            case SearchHit.highlightEnd: result += end
            default: result.append(character)
            }
        }
        return result
    }
}
