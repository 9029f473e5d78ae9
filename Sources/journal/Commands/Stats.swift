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

        @Option(help: ArgumentHelp("Only entries from this day or moment on.", valueName: "when"))
        var since: String?

        @Option(help: ArgumentHelp("Only entries up to this day or moment (the whole day when no time is given).", valueName: "when"))
        var until: String?

        @Option(help: ArgumentHelp("text, json or markdown.", valueName: "format"))
        var format: OutputFormat = .text

        func validate() throws {
            let now = Date()
            if let since { _ = try Arguments.when(since, now: now) }
            if let until { _ = try Arguments.when(until, now: now) }
        }

        func run() throws {
            let now = Date()
            let request = StatsRequest(
                since: try since.map { try Arguments.when($0, now: now).date },
                until: try until.map { try Arguments.when($0, now: now).end },
                now: now, timeZone: .current)
            let stats = try options.openExistingStore().stats(request)
            var style = Terminal.outputStyle
            style.width = min(style.width, 80)
            Terminal.write(StatsRendering.render(stats, format: format, style: style))
        }
    }
}
