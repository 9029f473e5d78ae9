import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "See how often you write and how your mood moves: by week, weekday, tag and feeling.",
            discussion: """
                Shows your writing streak, entries and mood by week, mood by weekday, and for \
                each tag and feeling used at least 3 times, your average mood on entries with it \
                and without it, so that "#work days are lower" shows plainly.

                Examples:
                  journal stats
                  journal stats --since "2026-01-01" --format markdown > 2026.md
                """)

        @OptionGroup var options: JournalOptions

        @OptionGroup var range: DateRangeOptions

        @Flag(help: "Include private entries.")
        var includePrivate = false

        @Option(help: ArgumentHelp("How to print them.", valueName: "format"))
        var format: OutputFormat = .text

        func run() throws {
            let now = Arguments.now
            let request = StatsRequest(
                since: try range.start,
                until: try range.end,
                includesPrivate: includePrivate,
                now: now, timeZone: LocalClock.timeZone(at: now))
            let store = try options.open(.mustExist(readOnly: true))
            let stats = try store.stats(request)
            // "No entries yet" would be wrong of a journal whose entries are outside the range,
            // or all private.
            if stats.entryCount == 0, format != .json, try store.entryCount() > 0 {
                let note =
                    range.isSet
                    ? "No entries match." : "No entries to count: they are all private (--include-private counts them)."
                Terminal.write(format == .markdown ? "# Journal statistics\n\n\(note)\n" : note + "\n")
                return
            }
            var style = Terminal.outputStyle
            style.width = min(style.width, 80)
            Terminal.write(StatsRendering.render(stats, format: format, style: style))
        }
    }
}
