import Foundation

/// `journal stats` as text (at most 80 columns), Markdown or JSON.
public enum StatsRendering {
    public static func render(_ stats: JournalStats, format: OutputFormat, style: TextStyle) -> String {
        switch format {
        case .text: text(stats, style: style)
        case .markdown: markdown(stats)
        case .json: json(stats).rendered() + "\n"
        }
    }

    /// Weeks per line of a sparkline: with its label, a line stays within 80 columns.
    static let weeksPerLine = 64
    /// The text shows the most recent weeks only; Markdown and JSON have them all.
    static let weeksShown = 2 * weeksPerLine

    private static func text(_ stats: JournalStats, style: TextStyle) -> String {
        guard let first = stats.firstDay, let last = stats.lastDay else {
            return "No entries yet. Write the first with: journal add \"…\"\n"
        }
        var lines = [
            style.bold("From \(first) to \(last): ")
                + "\(Wording.count(stats.entryCount, "entry", "entries")), \(stats.ratedCount) with a mood"
        ]
        lines += ["", style.bold("WRITING")]
        lines.append("  Days in a row with an entry: \(stats.currentStreak) now, \(stats.longestStreak) at the longest")
        lines.append("  " + messagesLine(stats))
        let perWeek = Double(stats.entryCount) / Double(max(1, stats.weeks.count))
        let weeks = Array(stats.weeks.suffix(weeksShown))
        lines.append("  Entries per week, \(DigestPhrases.oneDecimal(perWeek)) on average (▁ few, █ the most):")
        lines += sparklineRows(weeks, style: style) { week in
            let most = Double(stats.weeks.map(\.entryCount).max() ?? 1)
            return week.entryCount == 0 ? nil : Double(week.entryCount) / most * 10
        }

        lines += ["", style.bold("MOOD BY WEEK") + style.dim(" (▁ is 0, █ is 10, · a week without a rating)")]
        lines += sparklineRows(weeks, style: style, value: \.averageMood)
        if stats.weeks.count > weeks.count {
            lines.append(style.dim("  The last \(weeks.count) weeks; --since shows earlier ones, --format markdown all."))
        }

        lines += ["", style.bold("MOOD BY WEEKDAY")]
        for weekday in stats.weekdays {
            let mood = weekday.averageMood.map(DigestPhrases.oneDecimal) ?? "–"
            let bar = weekday.averageMood.map { DigestPhrases.sparkline([$0]) } ?? " "
            lines.append("  \(weekday.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(pad(mood, 4)) \(style.accent(bar))  "
                + style.dim(Wording.count(weekday.entryCount, "entry", "entries")))
        }

        lines += ["", style.bold("MOOD WITH AND WITHOUT")]
        if stats.comparisons.isEmpty {
            lines.append(
                "  Not enough yet: it takes \(LabelComparison.minimumRated) rated entries with a tag or feeling "
                    + "and \(LabelComparison.minimumRated) without.")
        }
        for comparison in stats.comparisons {
            let hash = comparison.kind == .tag ? "#" : ""
            let cut = style.safe(String(comparison.name.prefix(18 - hash.count)))
            // The isolates take no room on the screen, so the padding counts without them.
            let padded = hash + BidiIsolation.isolated(cut) + String(repeating: " ", count: max(0, 18 - hash.count - cut.count))
            let size = DigestPhrases.oneDecimal(abs(comparison.difference))
            let difference = size == "0.0" ? " " + size : (comparison.difference > 0 ? "+" : "−") + size
            lines.append(
                "  \(padded) "
                    + "\(DigestPhrases.oneDecimal(comparison.averageWith)) with (\(comparison.ratedWith)), "
                    + "\(DigestPhrases.oneDecimal(comparison.averageWithout)) without (\(comparison.ratedWithout))  "
                    + style.bold(difference))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Sparkline rows of at most `weeksPerLine` weeks, each with the date its first week starts.
    private static func sparklineRows(
        _ weeks: [WeekStats], style: TextStyle, value: (WeekStats) -> Double?
    ) -> [String] {
        stride(from: 0, to: weeks.count, by: weeksPerLine).map { start in
            let row = weeks[start..<min(start + weeksPerLine, weeks.count)]
            let line = DigestPhrases.sparkline(row.map(value))
            return "  " + style.dim(row.first!.start) + " " + style.accent(line)
        }
    }

    private static func markdown(_ stats: JournalStats) -> String {
        guard let first = stats.firstDay, let last = stats.lastDay else { return "# Journal statistics\n\nNo entries yet.\n" }
        var blocks = [
            "# Journal statistics",
            "From \(first) to \(last): \(Wording.count(stats.entryCount, "entry", "entries")), \(stats.ratedCount) with a mood.",
            "- Days in a row with an entry: \(stats.currentStreak) now, \(stats.longestStreak) at the longest\n- "
                + messagesLine(stats),
            "## Weeks",
            (["| Week of | Entries | Average mood |", "| --- | ---: | ---: |"]
                + stats.weeks.map { "| \($0.start) | \($0.entryCount) | \($0.averageMood.map(DigestPhrases.oneDecimal) ?? "–") |" })
                .joined(separator: "\n"),
            "## Mood by weekday",
            (["| Weekday | Entries | Average mood |", "| --- | ---: | ---: |"]
                + stats.weekdays.map { "| \($0.name) | \($0.entryCount) | \($0.averageMood.map(DigestPhrases.oneDecimal) ?? "–") |" })
                .joined(separator: "\n"),
            "## Mood with and without",
        ]
        blocks.append(
            stats.comparisons.isEmpty
                ? "Not enough entries yet to compare."
                : (["| Tag or feeling | With | Without | Difference |", "| --- | ---: | ---: | ---: |"]
                    + stats.comparisons.map { comparison in
                        "| \(comparison.kind == .tag ? "#" : "")\(BidiIsolation.isolated(comparison.name)) "
                            + "| \(DigestPhrases.oneDecimal(comparison.averageWith)) (\(comparison.ratedWith)) "
                            + "| \(DigestPhrases.oneDecimal(comparison.averageWithout)) (\(comparison.ratedWithout)) "
                            + "| \(DigestPhrases.oneDecimal(comparison.difference)) |"
                    }).joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func json(_ stats: JournalStats) -> JSON {
        func number(_ value: Double?) -> JSON { value.map { .double(($0 * 100).rounded() / 100) } ?? .null }
        return .object([
            ("from", stats.firstDay.map { .string($0) } ?? .null),
            ("to", stats.lastDay.map { .string($0) } ?? .null),
            ("entries", .int(stats.entryCount)),
            ("rated", .int(stats.ratedCount)),
            ("streak", .object([("current", .int(stats.currentStreak)), ("longest", .int(stats.longestStreak))])),
            ("messages", .int(stats.messageCount)),
            (
                "weeks",
                .array(stats.weeks.map {
                    .object([("start", .string($0.start)), ("entries", .int($0.entryCount)), ("averageMood", number($0.averageMood))])
                })
            ),
            (
                "weekdays",
                .array(stats.weekdays.map {
                    .object([("weekday", .string($0.name)), ("entries", .int($0.entryCount)), ("averageMood", number($0.averageMood))])
                })
            ),
            (
                "comparisons",
                .array(stats.comparisons.map {
                    .object([
                        ("kind", .string($0.kind.rawValue)), ("name", .string($0.name)), ("uses", .int($0.uses)),
                        ("averageWith", number($0.averageWith)), ("ratedWith", .int($0.ratedWith)),
                        ("averageWithout", number($0.averageWithout)), ("ratedWithout", .int($0.ratedWithout)),
                    ])
                })
            ),
        ])
    }


    /// `Messages kept for a session instead of sent: 3`
    private static func messagesLine(_ stats: JournalStats) -> String {
        "Messages kept for a session instead of sent: \(stats.messageCount)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
