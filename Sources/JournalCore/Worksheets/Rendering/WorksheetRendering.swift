/// What `journal worksheet` prints: lists, one worksheet in full, search results, and the
/// questions it asks on a terminal.
public enum WorksheetRendering {
    private typealias Phrases = WorksheetPhrases

    /// `worksheet list`: each worksheet as a heading line and its brief.
    public static func list(_ worksheets: [Worksheet], format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .json:
            return JSON.array(worksheets.map { WorksheetJSON.json($0) }).rendered() + "\n"
        case .markdown:
            return worksheets.map { "## \(Phrases.heading($0)) (worksheet \($0.id))\n\n" + bullets(Phrases.brief($0)) + "\n" }
                .joined(separator: "\n")
        case .text:
            return worksheets.map { summary(of: $0, style: style) }.joined(separator: "\n") + (worksheets.isEmpty ? "" : "\n")
        }
    }

    /// `worksheet show`: every field, then its figures.
    public static func detail(_ worksheet: Worksheet, format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .json:
            return WorksheetJSON.json(worksheet).rendered() + "\n"
        case .markdown:
            var blocks = ["## \(worksheet.kind.title) \(worksheet.id) · \(Phrases.heading(worksheet, kind: false))"]
            blocks += fieldTexts(worksheet).map { title, text in
                // As an entry's text: a quote keeps whatever was typed from being markup.
                text.contains("\n") ? "**\(title):**\n\n\(MarkdownText.quoted(text))" : "**\(title):** \(MarkdownText.inline(BidiIsolation.isolated(text)))"
            }
            let figures = figureLines(worksheet)
            if !figures.isEmpty { blocks.append(bullets(figures)) }
            return blocks.joined(separator: "\n\n") + "\n"
        case .text:
            let time = worksheet.localTime
            var lines = [style.bold("\(worksheet.kind.title) \(worksheet.id)") + "  \(time.readableMoment) (UTC\(time.offsetText))"]
            if worksheet.isFlagged { lines.append(style.accent("Flagged to discuss in the next session")) }
            if worksheet.isPrivate { lines.append("Private: left out of digests and exports") }
            lines.append("")
            for (title, text) in fieldTexts(worksheet) {
                let safe = style.safe(text)
                if safe.contains("\n") || title.count + safe.count + 2 > style.width {
                    lines.append(style.bold(title + ":"))
                    lines += safe.split(separator: "\n", omittingEmptySubsequences: false)
                        .flatMap { String($0).wrapped(to: max(20, style.width - 2)) }.map { "  " + $0 }
                } else {
                    lines.append(style.bold(title + ":") + " " + BidiIsolation.isolated(safe))
                }
            }
            let figures = figureLines(worksheet)
            if !figures.isEmpty { lines += [""] + figures.flatMap { style.safe($0).wrapped(to: style.width) }.map(style.dim) }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The line after a worksheet is stored or changed.
    public static func stored(_ worksheet: Worksheet, verb: String) -> String {
        "\(verb) \(worksheet.kind.name) \(worksheet.id) · \(worksheet.localTime.readableMoment)\n"
            + Phrases.brief(worksheet).prefix(1).map { $0 + "\n" }.joined()
    }

    /// Worksheets found by `journal search`, as a part of their own after the entries in text
    /// and Markdown; as an array of `json(_:)` in JSON.
    public static func searchResults(_ hits: [WorksheetHit], format: OutputFormat, style: TextStyle) -> String {
        SearchRendering.part(
            hits, title: "Worksheets", format: format, style: style, snippet: \.snippet, json: json,
            markdownHeading: { "**\(Phrases.heading($0.worksheet))** (worksheet \($0.worksheet.id))" },
            textHeading: { heading(of: $0.worksheet, style: style) })
    }

    /// A worksheet found, as JSON: its shape in `worksheet list` plus `snippet` (matches
    /// between `**`) and `rank`.
    public static func json(_ hit: WorksheetHit) -> JSON {
        guard case .object(var members) = WorksheetJSON.json(hit.worksheet) else { return .null }
        members.append(("snippet", .string(SearchRendering.marked(hit.snippet, start: "**", end: "**"))))
        members.append(("rank", .double(hit.score)))
        return .object(members)
    }

    // MARK: Parts

    /// `#3  Fri 20 Nov 2026, 23:10 · sleep diary · flagged`
    static func heading(of worksheet: Worksheet, style: TextStyle) -> String {
        var parts = [style.bold(worksheet.localTime.readableMoment), worksheet.kind.name]
        if worksheet.isFlagged { parts.append(style.accent("flagged")) }
        if worksheet.isPrivate { parts.append("private") }
        return style.dim("#\(worksheet.id)") + "  " + parts.joined(separator: " · ")
    }

    private static func summary(of worksheet: Worksheet, style: TextStyle) -> String {
        let indent = "    "
        let width = max(20, style.width - indent.count)
        let brief = Phrases.brief(worksheet).prefix(2).map { indent + style.safe($0).truncated(to: width) }
        return ([heading(of: worksheet, style: style)] + brief).joined(separator: "\n")
    }

    /// Each field with a value, by its title, as `worksheet show` prints it.
    private static func fieldTexts(_ worksheet: Worksheet) -> [(String, String)] {
        worksheet.kind.fields.compactMap { field in
            guard let value = worksheet.values[field] else { return nil }
            switch value {
            case .day(let day): return (field.title, day.readableDay)
            case .moment(let moment) where field.type == .when: return (field.title, moment.localTime.readableMoment)
            default: return (field.title, WorksheetForm.text(of: value, for: field))
            }
        }
    }

    /// What the fields give, in sentences.
    private static func figureLines(_ worksheet: Worksheet) -> [String] {
        let values = worksheet.values
        switch worksheet.kind {
        case .thoughtRecord:
            let changes = ThoughtRecord.changes(of: values)
            var lines: [String] = []
            if let before = changes.beliefBefore, let after = changes.beliefAfter {
                lines.append("Belief in the hot thought: \(before) → \(after) (\(signed(after - before)))")
            }
            if changes.moods.contains(where: { $0.after != nil }) { lines.append("Moods: " + Phrases.moodChanges(changes.moods)) }
            return lines
        case .activity:
            guard let before = values.number(ActivityLog.moodBefore), let after = values.number(ActivityLog.moodAfter) else { return [] }
            return ["Mood: \(before) → \(after) (\(signed(after - before)))"]
        case .sleep:
            guard let night = SleepDiary.night(of: worksheet) else { return [] }
            return [
                "Time in bed \(Phrases.duration(night.timeInBed)), total sleep \(Phrases.duration(night.totalSleep)), "
                    + "sleep efficiency \(Phrases.percent(night.efficiency)) (asleep over in bed, as the Consensus Sleep Diary defines them)"
            ]
        case .exposure:
            guard let predicted = values.number(ExposureLog.predictedDistress), let peak = values.number(ExposureLog.peakDistress)
            else { return [] }
            return [peak == predicted ? "The peak was as predicted." : "The peak was \(abs(peak - predicted)) \(peak < predicted ? "below" : "above") the prediction."]
        case .diaryCard:
            return []
        }
    }

    /// `up 2`, `down 50`, `no change`
    private static func signed(_ change: Int) -> String {
        change == 0 ? "no change" : change > 0 ? "up \(change)" : "down \(-change)"
    }

    private static func bullets(_ lines: [String]) -> String {
        lines.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n")
    }
}
