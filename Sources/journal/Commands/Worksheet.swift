import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Worksheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "worksheet",
            abstract: "Fill in the worksheets of CBT and DBT, kept for your next session.",
            discussion: """
                Kinds:
                  thought-record  what happened, the hot thought, the evidence, a balanced view
                  activity        what you did, with mastery and pleasure (0-10)
                  sleep           one night of the Consensus Sleep Diary
                  exposure        a situation faced; distress (0-100) before, at peak, at end
                  diary-card      DBT's card for a day: emotions and urges (0-5), skills used

                Examples:
                  journal worksheet add sleep                       # question by question
                  journal worksheet add thought-record --edit       # the form, in your editor
                  journal worksheet form activity > walk.txt        # the empty form
                  journal worksheet add activity < walk.txt         # the form filled in
                  journal worksheet list --kind sleep --since monday
                """,
            subcommands: [Add.self, Form.self, List.self, Show.self, Edit.self, Delete.self])
    }
}

extension Arguments {
    /// A kind of worksheet as typed: `thought-record`, `sleep`, …
    static func worksheetKind(_ text: String) throws -> Parsed<WorksheetKind> {
        try Parsed(text) { try WorksheetKind(typed: $0) }
    }

    static let worksheetKinds = CompletionKind.list(WorksheetKind.allCases.map(\.rawValue))
}

extension Journal.Worksheet {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Fill in a worksheet: question by question, in your editor, or from a form.",
            discussion: """
                On a terminal each field is asked in turn: Enter skips an optional one, b goes \
                back, and a last question shows the whole worksheet before it is stored; Ctrl-C \
                stores nothing. With --edit the form opens in your editor instead. Otherwise the \
                filled-in form is read from standard input (journal worksheet form KIND prints \
                it). A rating out of range, a time that is not a time or a required field left \
                empty is refused, naming the field, and nothing is stored. A form from the editor \
                or the questions that cannot be stored is kept as a draft: --from-draft brings it \
                back, in your editor on a terminal, to put right.
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("thought-record, activity, sleep, exposure or diary-card.", valueName: "kind"),
            completion: Arguments.worksheetKinds, transform: Arguments.worksheetKind)
        var kind: Parsed<WorksheetKind>

        @Option(
            help: ArgumentHelp(
                "When it is about, if not now: yesterday 9pm, monday, 2026-11-20.",
                discussion: "For a sleep diary the night that began that day; for a diary card that day.",
                valueName: "when"),
            transform: Arguments.when)
        var date: Parsed<ResolvedDate>?

        @Flag(help: "Mark the worksheet to discuss in your next session.")
        var flag = false

        @Flag(name: .customLong("private"), help: "Keep the worksheet out of digests and exports.")
        var isPrivate = false

        @Flag(help: "Fill in the form in your editor instead of answering questions.")
        var edit = false

        @Option(
            name: .customLong("from-draft"),
            help: ArgumentHelp("Store a kept draft (journal drafts lists them), then remove its file.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var draft: String?

        func validate() throws {
            try kind.validate()
            try date?.validate()
            if draft != nil, date != nil || flag || isPrivate || edit {
                throw ValidationError(
                    "--from-draft takes the draft as it was kept, with its date and marks — give it alone, then change the worksheet with journal worksheet edit")
            }
        }

        func run() throws {
            let now = Arguments.now
            let kind = try kind.value()
            if let draft { return try add(fromDraft: draft, kind: kind, now: now) }
            let moment = try date.map { try Arguments.moment($0) }
            if let moment, moment.date.timeIntervalSince(now) > 60 { throw WorksheetError.inFuture(kind, nil) }
            let reader = WorksheetReader(kind: kind, now: now, timeZone: LocalClock.timeZone(at: now), date: moment)
            var access = options.access(.createIfMissing)
            if edit || Terminal.standardInputIsTerminal {
                // The journal is found openable before the first question or the editor: a
                // refusal after them would throw away what was written. An encrypted journal's
                // key found then opens it afterwards, so that the passphrase is asked for once.
                access = try JournalStore.checkCanOpen(access)
            }
            var reading = access
            reading.mode = .readOnlyOrEmpty
            let keeping = { (form: String) in
                Draft.newWorksheet(NewWorksheetDraft(kind: kind, form: form, date: moment, isFlagged: flag, isPrivate: isPrivate))
            }
            if edit {
                let empty = WorksheetForm.render(kind)
                try EditorWriting.write(startingFrom: empty, toStore: "the worksheet", options: options, draft: keeping) { form in
                    guard form != empty else { throw WorksheetError.unchangedForm(kind) }
                    try store(try reader.worksheet(fromForm: form, isFlagged: flag, isPrivate: isPrivate).validated(now: now), in: access)
                }
            } else if Terminal.standardInputIsTerminal {
                let asking = WorksheetAsking(reader: reader, isFlagged: flag, isPrivate: isPrivate) { worksheet in
                    try JournalStore.open(reading).checkCanStore(worksheet)
                }
                guard let answered = try asking.ask() else {
                    Terminal.printNote("Nothing was stored.")
                    return
                }
                do {
                    try store(answered, in: access)
                } catch let failure as JournalFailure {
                    let form = WorksheetForm.render(kind, filledWith: answered.values)
                    throw UnstoredWriting(keeping(form), failure: failure, options: options)
                }
            } else {
                // Checked before the file is opened, so that a mistake leaves no trace.
                try store(
                    try reader.worksheet(fromForm: Terminal.readStandardInput(), isFlagged: flag, isPrivate: isPrivate)
                        .validated(now: now), in: access)
            }
        }

        private func store(_ worksheet: ValidatedWorksheet, in access: JournalAccess) throws {
            let store = try JournalStore.open(access)
            let stored = try store.addWorksheet(worksheet)
            Terminal.write(WorksheetRendering.stored(stored, verb: "Added"))
            if stored.callsForThePlan { PlanReminder.show(from: store) }
        }

        /// Stores the worksheet kept in the draft at `path`, then removes the file. On a terminal
        /// the kept form opens in the editor first, so that what was refused can be put right.
        private func add(fromDraft path: String, kind: WorksheetKind, now: Date) throws {
            let (kept, saved) = try KeptDraft.read(path, options: options) { draft -> NewWorksheetDraft? in
                guard case .newWorksheet(let worksheet) = draft, worksheet.kind == kind else { return nil }
                return worksheet
            }
            let reader = WorksheetReader(kind: kind, now: now, timeZone: LocalClock.timeZone(at: now), date: saved.date)
            let storeForm = { (form: String) in
                try store(
                    try reader.worksheet(fromForm: form, isFlagged: saved.isFlagged, isPrivate: saved.isPrivate).validated(now: now),
                    in: options.access(.createIfMissing))
            }
            if Terminal.standardInputIsTerminal {
                try kept.replacedIfKeptAgain {
                    try EditorWriting.write(
                        startingFrom: saved.form, toStore: "the worksheet", options: options,
                        draft: { var changed = saved; changed.form = $0; return .newWorksheet(changed) }, store: storeForm)
                }
            } else {
                try storeForm(saved.form)
            }
            kept.remove()
        }
    }

    struct Form: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "form",
            abstract: "Print the empty form of a worksheet, to fill in and give to worksheet add.",
            discussion: """
                One heading per field (## Into bed), with what it takes on the lines starting with \
                #, which are left out when the form is read back. Headings marked (optional) may \
                stay empty or be left out; the others must be filled in.

                Example:
                  journal worksheet form sleep > night.txt && $EDITOR night.txt && journal worksheet add sleep < night.txt
                """)

        @Argument(
            help: ArgumentHelp("thought-record, activity, sleep, exposure or diary-card.", valueName: "kind"),
            completion: Arguments.worksheetKinds, transform: Arguments.worksheetKind)
        var kind: Parsed<WorksheetKind>

        func validate() throws { try kind.validate() }

        func run() throws {
            Terminal.write(WorksheetForm.render(try kind.value()))
        }
    }
}
