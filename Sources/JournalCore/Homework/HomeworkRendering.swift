import Foundation

/// What `journal homework` prints, and the words the digest's homework section is made of.
public enum HomeworkRendering {
    /// A homework as the export holds it:
    /// `{"id": 3, "text": "…", "kind": "thought-record", "times": 3, "set": "2026-11-12T18:00:00+01:00",
    /// "due": "2026-11-19T17:00:00+01:00", "status": "partly", "note": "…", "reviewed": "…"}`;
    /// `kind` and `times` null for homework that asks for no worksheets, `due` null for "by the
    /// next session", `status` (`done`, `partly`, `not-done`), `note` and `reviewed` null until
    /// it is reviewed.
    public static func json(_ homework: Homework) -> JSON {
        .object([
            ("id", .int(Int(homework.id))),
            ("text", .string(homework.text)),
            ("kind", homework.worksheets.map { .string($0.kind.rawValue) } ?? .null),
            ("times", JSON(homework.worksheets?.times)),
            ("set", .string(homework.set.localTime.iso8601)),
            ("due", homework.due.map { .string($0.localTime.iso8601) } ?? .null),
            ("status", homework.status.map { .string($0.rawValue) } ?? .null),
            ("note", homework.note.map { .string($0) } ?? .null),
            // In the offset it was set in: the review is the writer's, on their clock.
            ("reviewed", homework.reviewedAt.map { .string(Moment($0, utcOffsetSeconds: homework.set.utcOffsetSeconds).localTime.iso8601) } ?? .null),
        ])
    }

    /// A homework with its progress, as `homework list` and the digest print it: the shape of
    /// `json(_:)` with `written` (the worksheets of its kind written since it was set, null for
    /// homework that asks for none) and `carriedOver` (agreed before the digest's period and
    /// still open).
    public static func json(_ item: HomeworkProgress) -> JSON {
        guard case .object(let members) = json(item.homework) else { return .null }
        return .object(members + [("written", JSON(item.worksheetCount)), ("carriedOver", .bool(item.isCarriedOver))])
    }

    /// `homework list`.
    public static func list(_ items: [HomeworkProgress], format: OutputFormat, style: TextStyle, utcOffsetSeconds: Int) -> String {
        switch format {
        case .json: return JSON.array(items.map(json)).rendered() + "\n"
        case .markdown:
            return items.map { item in
                "- " + MarkdownText.inline(item.homework.text) + " (homework \(item.homework.id)) — "
                    + MarkdownText.inline(listFacts(item, utcOffsetSeconds: utcOffsetSeconds).joined(separator: " · "))
            }.joined(separator: "\n") + (items.isEmpty ? "" : "\n")
        case .text:
            return items.map { item in
                var lines = [oneLine(item.homework, style: style)]
                let width = max(20, style.width - 4)
                lines += listFacts(item, utcOffsetSeconds: utcOffsetSeconds).joined(separator: " · ").wrapped(to: width)
                    .map { "    " + style.dim(style.safe($0)) }
                return lines.joined(separator: "\n")
            }.joined(separator: "\n") + (items.isEmpty ? "" : "\n")
        }
    }

    /// `#3  Write three thought records`
    public static func oneLine(_ homework: Homework, style: TextStyle) -> String {
        let firstLine = homework.text.leadingLines(1).lines.first ?? ""
        return style.dim("#\(homework.id)") + "  " + BidiIsolation.isolated(firstLine, style: style).truncated(to: max(20, style.width - 8))
    }

    /// The line `homework add` prints.
    public static func added(_ homework: Homework, dueAtPlannedSession: Bool) -> String {
        var line = "Added homework \(homework.id)"
        if let worksheets = homework.worksheets {
            line += " (\(Wording.count(worksheets.times, worksheets.kind.name, worksheets.kind.pluralName)), counted as you write them)"
        }
        if let due = homework.due {
            line += ", due \(due.localTime.readableMoment)" + (dueAtPlannedSession ? ", your next planned session" : "")
        } else {
            line += ", due at your next session"
        }
        return line + "."
    }

    /// The line `homework review` prints: `Reviewed homework 3: partly done · 2 of 3 thought records.`
    public static func reviewed(_ item: HomeworkProgress) -> String {
        "Reviewed homework \(item.homework.id): " + ([item.homework.status?.phrase ?? ""] + [item.progress].compactMap { $0 })
            .joined(separator: " · ") + "."
    }

    /// The line `homework edit` prints: `Changed homework 3: text changed, 3 thought records → 5.`
    public static func changes(from before: Homework, to after: Homework) -> String {
        var changes: [String] = []
        if before.text != after.text { changes.append("text changed") }
        if before.worksheets != after.worksheets {
            let describe = { (target: WorksheetTarget?) in
                target.map { Wording.count($0.times, $0.kind.name, $0.kind.pluralName) } ?? "no worksheets"
            }
            changes.append("\(describe(before.worksheets)) → \(describe(after.worksheets))")
        }
        if before.due != after.due, let due = after.due { changes.append("due \(due.localTime.readableMoment)") }
        guard !changes.isEmpty else { return "No change to homework \(after.id)." }
        return "Changed homework \(after.id): " + changes.joined(separator: ", ") + "."
    }

    // MARK: The digest

    /// The title of the digest's section.
    static let digestTitle = "Homework"

    /// What the digest says of an item, in the journal's own words: `carried over from Thu 5
    /// Nov 2026`, `2 of 3 thought records`, `partly done` (or `not reviewed yet`).
    static func digestFacts(_ item: HomeworkProgress) -> [String] {
        var facts: [String] = []
        if item.isCarriedOver { facts.append("carried over from \(item.homework.set.localTime.readableDay)") }
        if let progress = item.progress { facts.append(progress) }
        facts.append(item.homework.status?.phrase ?? "not reviewed yet")
        return facts
    }

    /// What the writer's note is, by how the homework went: what got in the way of homework
    /// partly done or not done; a note on homework done.
    static func noteLabel(_ status: HomeworkStatus?) -> String {
        status == .done ? "Note" : "What got in the way"
    }

    // MARK: Parts

    /// `set Thu 12 Nov 2026 · 2 of 3 thought records · due Thu 19 Nov 2026, 17:00 · partly
    /// done: work got busy`; `utcOffsetSeconds` is the reader's, for the day of the review.
    private static func listFacts(_ item: HomeworkProgress, utcOffsetSeconds: Int) -> [String] {
        let homework = item.homework
        var facts = ["set \(homework.set.localTime.readableDay)"]
        if let progress = item.progress { facts.append(progress) }
        if homework.isOpen {
            facts.append(homework.due.map { "due \($0.localTime.readableMoment)" } ?? "due at the next session")
        }
        if let status = homework.status {
            let day = homework.reviewedAt.map { " (reviewed \(Moment($0, utcOffsetSeconds: utcOffsetSeconds).localTime.readableDay))" }
            facts.append(status.phrase + (day ?? "") + (homework.note.map { ": " + BidiIsolation.isolated($0) } ?? ""))
        }
        return facts
    }
}
