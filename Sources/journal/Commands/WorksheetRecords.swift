import ArgumentParser
import Foundation
import JournalCore

/// `worksheet list`, `show`, `edit` and `delete`: the worksheets already kept.
extension Journal.Worksheet {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show worksheets, oldest first: the newest 20 unless you ask for more.",
            discussion: """
                Examples:
                  journal worksheet list --kind sleep --since "2 weeks ago"
                  journal worksheet list --flagged --format json
                """)

        @OptionGroup var options: JournalOptions

        @Option(
            name: .customLong("kind"),
            help: ArgumentHelp("Only worksheets of this kind. Repeat for several.", valueName: "kind"),
            completion: Arguments.worksheetKinds, transform: Arguments.worksheetKind)
        var kinds: [Parsed<WorksheetKind>] = []

        @OptionGroup var range: DateRangeOptions

        @Flag(help: "Only worksheets flagged to discuss.")
        var flagged = false

        @Option(parsing: .unconditional, help: ArgumentHelp("How many of the newest matching worksheets to show.", valueName: "n"))
        var limit = 20

        @Flag(help: "Show every matching worksheet.")
        var all = false

        @Option(help: ArgumentHelp("How to print them.", valueName: "format"))
        var format: OutputFormat = .text

        func validate() throws {
            for kind in kinds { try kind.validate() }
            guard limit > 0 else { throw ValidationError("--limit must be 1 or more — for example --limit 50") }
        }

        func run() throws {
            let filter = WorksheetFilter(
                since: try range.start, until: try range.end, kinds: try kinds.map { try $0.value() }, onlyFlagged: flagged,
                limit: all ? nil : limit)
            let (worksheets, notShown) = try options.open(.mustExist(readOnly: true)).worksheets(filter)
            if worksheets.isEmpty, format == .text {
                let isFiltered = filter.since != nil || filter.until != nil || !kinds.isEmpty || flagged
                Terminal.write(isFiltered ? "No worksheets match.\n" : "No worksheets yet. Fill in the first with: journal worksheet add KIND\n")
                return
            }
            let listing = WorksheetRendering.list(worksheets, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(listing) : Terminal.write(listing)
            if notShown > 0, format != .json {
                Terminal.printNote("\(Wording.count(notShown, "earlier worksheet matches", "earlier worksheets match")) too; --all shows every one.")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one worksheet in full, with what it adds up to.",
            discussion: "Example: journal worksheet show 3")

        @OptionGroup var options: JournalOptions

        @Argument(help: "The worksheet's id, as journal worksheet list shows it (3 or #3).")
        var id: RecordID

        @Option(help: ArgumentHelp("How to print it.", valueName: "format"))
        var format: OutputFormat = .text

        func run() throws {
            let worksheet = try options.open(.readOnlyOrEmpty).worksheet(id: id.value)
            let detail = WorksheetRendering.detail(worksheet, format: format, style: Terminal.outputStyle)
            format == .markdown ? Terminal.writeDocument(detail) : Terminal.write(detail)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a worksheet: its filled-in form in your editor, or its marks with options.",
            discussion: """
                With no option, the form opens in your editor filled in (or a filled-in form is \
                read from standard input when that is not a terminal). With options, only those \
                marks change. A form that cannot be stored is kept as a draft: --from-draft brings \
                it back, in your editor on a terminal, to put right.

                Examples:
                  journal worksheet edit 3
                  journal worksheet edit 3 --flag
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The worksheet's id, as journal worksheet list shows it (3 or #3).")
        var id: RecordID

        enum FlagChange: String, EnumerableFlag {
            case flag, unflag

            static func help(for value: Self) -> ArgumentHelp? {
                switch value {
                case .flag: "Mark the worksheet to discuss in your next session."
                case .unflag: "Remove that mark."
                }
            }
        }

        enum Visibility: String, EnumerableFlag {
            case `private`, `public`

            static func help(for value: Self) -> ArgumentHelp? {
                switch value {
                case .private: "Keep the worksheet out of digests and exports."
                case .public: "Let the worksheet into digests and exports again."
                }
            }
        }

        @Flag var flagChange: FlagChange?

        @Flag var visibility: Visibility?

        @Option(
            name: .customLong("from-draft"),
            help: ArgumentHelp("Take the changed form from a kept draft (journal drafts lists them), then remove its file.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var draft: String?

        func validate() throws {
            if draft != nil, flagChange != nil || visibility != nil {
                throw ValidationError("--from-draft changes the form, not the marks — give it alone, then change the marks")
            }
        }

        func run() throws {
            let now = Arguments.now
            let id = self.id.value
            let store = try options.open(.existingOrEmpty)
            if flagChange != nil || visibility != nil {
                let changed = try store.markWorksheet(
                    id: id, isFlagged: flagChange.map { $0 == .flag }, isPrivate: visibility.map { $0 == .private })
                Terminal.write(WorksheetRendering.stored(changed, verb: "Changed"))
                return
            }
            let current = try store.worksheet(id: id)
            let filled = WorksheetForm.render(current.kind, filledWith: current.values)
            let reader = WorksheetReader(kind: current.kind, now: now, timeZone: LocalClock.timeZone(at: now))
            func replace(with form: String) throws -> JournalCore.Worksheet? {
                guard form != filled else { return nil }
                let worksheet = try reader.worksheet(fromForm: form, isFlagged: current.isFlagged, isPrivate: current.isPrivate)
                    .validated(now: now)
                return try store.replaceWorksheet(id: id, with: worksheet)
            }
            let changed: JournalCore.Worksheet?
            if let draft {
                let (kept, form) = try KeptDraft.read(draft, options: options) { draft -> String? in
                    guard case .worksheetForm(let form, let worksheetID) = draft, worksheetID == id else { return nil }
                    return form
                }
                // On a terminal the kept form opens in the editor, to put right what was refused.
                if Terminal.standardInputIsTerminal {
                    changed = try kept.replacedIfKeptAgain {
                        try EditorWriting.write(
                            startingFrom: form, toStore: "the worksheet's new form", options: options,
                            draft: { .worksheetForm($0, ofWorksheet: id) }, store: replace)
                    }
                } else {
                    changed = try replace(with: form)
                }
                kept.remove()
            } else if Terminal.standardInputIsTerminal {
                changed = try EditorWriting.write(
                    startingFrom: filled, toStore: "the worksheet's new form", options: options,
                    draft: { .worksheetForm($0, ofWorksheet: id) }, store: replace)
            } else {
                changed = try replace(with: Terminal.readStandardInput())
            }
            guard let changed else {
                Terminal.write("No change to worksheet \(id).\n")
                return
            }
            Terminal.write(WorksheetRendering.stored(changed, verb: "Changed"))
            if changed.callsForThePlan { PlanReminder.show(from: store) }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete one worksheet for good.",
            discussion: """
                On a terminal you are asked to confirm; in a script, add --yes.

                Example: journal worksheet delete 3
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "The worksheet's id, as journal worksheet list shows it (3 or #3).")
        var id: RecordID

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            let id = self.id.value
            let store = try options.open(.existingOrEmpty)
            let worksheet = try store.worksheet(id: id)
            if !yes {
                guard Terminal.standardInputIsTerminal else { throw WorksheetDeleteError.notConfirmed(id) }
                guard Terminal.confirm("Delete the \(worksheet.kind.name) \(id) of \(worksheet.localTime.readableMoment) for good?") else {
                    Terminal.printNote("Nothing was deleted.")
                    return
                }
            }
            try store.deleteWorksheet(id: id)
            Terminal.write("Deleted \(worksheet.kind.name) \(id).\n")
        }
    }
}

enum WorksheetDeleteError: JournalFailure {
    case notConfirmed(Int64)

    var problem: String {
        switch self {
        case .notConfirmed(let id): "worksheet \(id) was not deleted: there is no terminal to confirm on"
        }
    }

    var advice: String {
        switch self {
        case .notConfirmed(let id): "to delete it from a script, run journal worksheet delete \(id) --yes"
        }
    }
}
