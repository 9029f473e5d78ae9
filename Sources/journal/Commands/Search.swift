import ArgumentParser
import Foundation
import JournalCore

extension SearchRequest.Order: ExpressibleByArgument {}

extension Journal {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find entries by their words: when did I last feel like this?",
            discussion: """
                Every word must match, as the start of a word (anx finds anxious and anxiety), \
                in the text, the feelings or the tags of an entry. Endings and accents do not \
                matter: argue finds argued, cafe finds café, strasse finds Straße. Chinese, \
                Japanese, Korean, Thai, Lao, Khmer and Burmese need no spaces: 失眠 finds \
                今天晚上又失眠了. "an exact phrase" in quotes, a OR b for either, a AND b (the \
                same as a b), -word or NOT word for entries without it, #tag for entries with \
                that tag. Best matches come first; private entries are searched too and marked \
                as such. Worksheets and the messages you kept for your therapist (journal \
                message) are found by their words too, listed after the entries. Filters work \
                with or without words.

                Examples:
                  journal search panic train
                  journal search "couldn't sleep" --since "3 months ago"
                  journal search anxious OR panicky NOT work --mood-below 4
                  journal search --feeling hopeful --sort date
                """)

        @OptionGroup var options: JournalOptions

        @Argument(parsing: .allUnrecognized, help: "What to look for.")
        var query: [String] = []

        @OptionGroup var range: DateRangeOptions

        @Option(name: .customLong("tag"), help: ArgumentHelp("Only entries with this tag. Repeat it, or separate tags with commas, to require several.", valueName: "tag"))
        var tags: [String] = []

        @Option(name: .customLong("feeling"), help: ArgumentHelp("Only entries with this feeling. Repeat it, or separate feelings with commas, to require several.", valueName: "word"))
        var feelings: [String] = []

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Only entries with a mood below this.", valueName: "0-10"),
            transform: Arguments.mood)
        var moodBelow: Parsed<Int>?

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Only entries with a mood above this.", valueName: "0-10"),
            transform: Arguments.mood)
        var moodAbove: Parsed<Int>?

        @Flag(help: "Only entries flagged to discuss.")
        var flagged = false

        @Option(parsing: .unconditional, help: ArgumentHelp("How many results to show.", valueName: "n"))
        var limit = 20

        @Flag(help: "Show every result.")
        var all = false

        @Option(help: ArgumentHelp("relevance (best match first) or date (newest first).", valueName: "order"))
        var sort: SearchRequest.Order = .relevance

        @Option(help: ArgumentHelp("How to print them.", valueName: "format"))
        var format: OutputFormat = .text

        func validate() throws {
            let hasFilter = range.isSet || !tags.isEmpty || !feelings.isEmpty || moodBelow != nil
                || moodAbove != nil || flagged
            guard !typed.isEmpty || hasFilter else {
                throw ValidationError("there is nothing to search for — give words, like: journal search panic train")
            }
            // Words after the query's first are not parsed as options, so that -word can mean
            // "without this word"; a mistyped --option must not become a search, though.
            if let unknown = query.first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
                throw ValidationError("\(unknown) is not an option of journal search — journal search --help lists them")
            }
            guard limit > 0 else { throw ValidationError("--limit must be 1 or more — for example --limit 50") }
            try moodBelow?.validate()
            try moodAbove?.validate()
            // Moods are whole numbers: above 5 and below 6 leaves none either.
            if let below = try moodBelow?.value(), let above = try moodAbove?.value(), below - above < 2 {
                let fix = above - below >= 2
                    ? "for the moods between them, swap the two: --mood-above \(below) --mood-below \(above)"
                    : "leave a mood between them, like --mood-above 3 --mood-below 5 for 4"
                throw ValidationError("no mood is above \(above) and below \(below) at once — \(fix)")
            }
        }

        /// The words as typed, without the "--" that may end the options.
        private var typed: String {
            query.filter { $0 != "--" }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        }

        func run() throws {
            let request = SearchRequest(
                query: typed.isEmpty ? nil : try SearchQuery(parsing: typed),
                since: try range.start,
                until: try range.end,
                tags: Tags.splitting(tags),
                feelings: Feelings.splitting(feelings),
                moodBelow: try moodBelow?.value(),
                moodAbove: try moodAbove?.value(),
                onlyFlagged: flagged,
                order: sort,
                limit: all ? nil : limit)
            let store = try options.open(.mustExist(readOnly: true))
            let hits = try store.search(request)
            let worksheets = try store.searchWorksheets(request)
            let messages = try store.searchMessages(request)
            if hits.isEmpty, worksheets.isEmpty, messages.isEmpty, format == .text {
                Terminal.write(typed.isEmpty ? "No entries match.\n" : "No entries match \(BidiIsolation.isolated(typed, style: Terminal.outputStyle)).\n")
                return
            }
            let results = SearchRendering.render(hits, worksheets: worksheets, messages: messages, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(results) : Terminal.write(results)
        }
    }
}
