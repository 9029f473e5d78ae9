import ArgumentParser
import Foundation
import JournalCore

extension OutputFormat: ExpressibleByArgument {}

extension Journal {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show entries, oldest first: the newest 20 unless you ask for more.",
            discussion: """
                When there are more, it says how many older entries it left out: --limit N \
                shows the newest N, --all every one.

                Examples:
                  journal list --since monday
                  journal list --tag family --flagged
                  journal list --limit 100 --format markdown > entries.md
                  journal list --messages
                """)

        @OptionGroup var options: JournalOptions

        @OptionGroup var range: DateRangeOptions

        @Option(name: .customLong("tag"), help: ArgumentHelp("Only entries with this tag. Repeat it, or separate tags with commas, to require several.", valueName: "tag"))
        var tags: [String] = []

        @Flag(help: "Only entries flagged to discuss.")
        var flagged = false

        @Option(parsing: .unconditional, help: ArgumentHelp("How many of the newest matching entries to show.", valueName: "n"))
        var limit = 20

        @Flag(help: "Show every matching entry.")
        var all = false

        @Option(help: ArgumentHelp("How to print them.", valueName: "format"))
        var format: OutputFormat = .text

        @Flag(help: "List the messages you kept for your therapist (journal message) instead of entries.")
        var messages = false

        func validate() throws {
            guard limit > 0 else {
                throw ValidationError("--limit must be 1 or more — for example --limit 50")
            }
            if messages, !tags.isEmpty || flagged {
                throw ValidationError("messages have no tags and no flag — leave out --tag and --flagged with --messages")
            }
        }

        func run() throws {
            if messages { return try listMessages() }
            let filter = EntryFilter(
                since: try range.start,
                until: try range.end,
                tags: Tags.splitting(tags),
                onlyFlagged: flagged,
                limit: all ? nil : limit)
            let store = try options.open(.mustExist(readOnly: true))
            let entries = try store.entries(filter)
            if entries.isEmpty, format == .text {
                let isFiltered = filter.since != nil || filter.until != nil || !tags.isEmpty || flagged
                Terminal.write(isFiltered ? "No entries match.\n" : "No entries yet. Write the first with: journal add \"…\"\n")
                return
            }
            let listing = EntryRendering.list(entries, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(listing) : Terminal.write(listing)
            if entries.count == filter.limit {
                let older = try store.entryCount(filter) - entries.count
                if older > 0 {
                    Terminal.printNote(
                        "\(Wording.count(older, "older entry", "older entries")) not shown; --limit \(entries.count + older) or --all shows them.")
                }
            }
        }

        private func listMessages() throws {
            let filter = MessageFilter(since: try range.start, until: try range.end, limit: all ? nil : limit)
            let store = try options.open(.mustExist(readOnly: true))
            let (messages, older) = try store.messages(filter)
            if messages.isEmpty, format == .text {
                let isFiltered = filter.since != nil || filter.until != nil
                Terminal.write(
                    isFiltered ? "No messages match.\n" : "No messages yet. Keep the first for your session with: journal message \"…\"\n")
                return
            }
            let listing = MessageRendering.list(messages, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(listing) : Terminal.write(listing)
            if older > 0 {
                Terminal.printNote(
                    "\(Wording.count(older, "older message", "older messages")) not shown; --limit \(messages.count + older) or --all shows them.")
            }
        }
    }
}
