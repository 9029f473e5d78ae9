import ArgumentParser
import Foundation
import JournalCore

extension CheckInFormat: ExpressibleByArgument {}

extension Journal {
    struct CheckIn: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-in",
            abstract: "Answer a standard questionnaire, the PHQ-9 or the GAD-7, and follow its score.",
            discussion: """
                The PHQ-9 asks how often nine problems of depression bothered you over the last 2 \
                weeks, the GAD-7 seven problems of anxiety. Each answer is 0 (Not at all), 1 (Several \
                days), 2 (More than half the days) or 3 (Nearly every day). The total comes with its \
                severity band: a score to talk over with your therapist, not a diagnosis. The digest \
                (journal prep) shows the latest of each and how it moved.

                Examples:
                  journal check-in phq9                            # one item at a time
                  journal check-in gad7 --answers 1,0,2,1,0,0,1    # in a script
                  journal check-in list
                  journal check-in delete 3                        # answered wrongly

                \(Instrument.attribution)
                """,
            subcommands: [PHQ9.self, GAD7.self, List.self, Delete.self])
    }
}

extension Journal.CheckIn {
    struct PHQ9: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "phq9",
            abstract: "Answer the PHQ-9: nine items on depression over the last 2 weeks.",
            discussion: CheckInAnswering.discussion(for: .phq9))

        @OptionGroup var options: JournalOptions
        @Option(help: CheckInAnswering.answersHelp, transform: { try Parsed($0, reading: Instrument.phq9.parseAnswers) })
        var answers: Parsed<[Int]>?
        @OptionGroup var answering: CheckInAnswering

        func validate() throws {
            try answers?.validate()
            try answering.date?.validate()
        }

        func run() throws { try answering.checkIn(.phq9, answers: answers?.value(), options: options) }
    }

    struct GAD7: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gad7",
            abstract: "Answer the GAD-7: seven items on anxiety over the last 2 weeks.",
            discussion: CheckInAnswering.discussion(for: .gad7))

        @OptionGroup var options: JournalOptions
        @Option(help: CheckInAnswering.answersHelp, transform: { try Parsed($0, reading: Instrument.gad7.parseAnswers) })
        var answers: Parsed<[Int]>?
        @OptionGroup var answering: CheckInAnswering

        func validate() throws {
            try answers?.validate()
            try answering.date?.validate()
        }

        func run() throws { try answering.checkIn(.gad7, answers: answers?.value(), options: options) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show your check-ins, oldest first, with totals, bands and how each moved.")

        @OptionGroup var options: JournalOptions

        @Option(help: ArgumentHelp("How to print them.", valueName: "format"))
        var format: CheckInFormat = .text

        func run() throws {
            let trends = try options.open(.readOnlyOrEmpty).checkInTrends()
            Terminal.write(CheckInRendering.list(trends, format: format, style: Terminal.outputStyle))
        }
    }
}

extension Journal.CheckIn {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a check-in for good, one answered wrongly.",
            discussion: "On a terminal you are asked to confirm; in a script, add --yes.")

        @OptionGroup var options: JournalOptions

        @Argument(help: ArgumentHelp("The check-in's id, as journal check-in list shows it: 3 or #3.", valueName: "id"))
        var id: RecordID

        @Flag(help: "Delete without asking.")
        var yes = false

        func run() throws {
            let store = try options.open(.existingOrEmpty)
            let checkIn = try store.checkIn(id: id.value)
            guard
                try Confirmation.confirmDeleting(
                    "check-in \(id)", showing: [CheckInRendering.oneLine(checkIn, style: Terminal.errorStyle)],
                    question: "Delete this check-in for good?", yes: yes, deleteCommand: "journal check-in delete \(id)")
            else { return }
            try store.deleteCheckIn(id: id.value)
            Terminal.write("Deleted check-in \(id).\n")
        }
    }
}

/// The options `check-in phq9` and `check-in gad7` share, and the check-in both run. Each reads
/// its own `--answers`, which only it can check.
struct CheckInAnswering: ParsableArguments {
    /// The help of `--answers`.
    static let answersHelp = ArgumentHelp(
        "All the answers, in order, separated by commas, like 1,0,2,…: for scripts.",
        discussion: "Each answer is 0 (Not at all), 1 (Several days), 2 (More than half the days) or 3 (Nearly every day).",
        valueName: "answers")

    @Option(
        help: ArgumentHelp(
            "When you answered, if not now: 2026-11-20 14:30, yesterday 9pm, monday.",
            discussion: "A day without a time means noon of that day.",
            valueName: "when"),
        transform: Arguments.when)
    var date: Parsed<ResolvedDate>?

    /// The help of an instrument's command: its items, word for word, and the credit.
    static func discussion(for instrument: Instrument) -> String {
        let items = instrument.items.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        return ([
            "On a terminal, the items are asked one at a time: b goes back to the item before, and "
                + "all the answers are shown for a last look before they are stored. Ctrl-C or the end "
                + "of input stops without storing anything. In a script, give every answer with --answers.",
            "",
            instrument.stem,
        ] + items + ["", Instrument.attribution]).joined(separator: "\n")
    }

    /// Asks the items on the terminal unless `answers` were given.
    func checkIn(_ instrument: Instrument, answers: [Int]?, options: JournalOptions) throws {
        let now = Arguments.now
        let moment = try Arguments.moment(date)
        try NewCheckIn.validateDate(moment.date, now: now)
        guard let given = try answers ?? ask(instrument) else { return Terminal.printNote("Nothing was stored.") }
        let newCheckIn = NewCheckIn(instrument: instrument, answers: given, moment: moment)
        // The journal is opened only once every item is answered: an interrupted check-in
        // leaves no trace.
        let store = try options.open(.createIfMissing)
        let trend = try store.addCheckIn(newCheckIn, now: now)
        Terminal.write(CheckInRendering.result(trend))
        if trend.checkIn.callsForThePlan { PlanReminder.show(from: store) }
    }

    /// Asks the items one at a time on the terminal, on standard error like every question:
    /// `b` goes back to the item before, and once all are answered they are shown together, to
    /// store, to stop (nil), or to change one.
    private func ask(_ instrument: Instrument) throws -> [Int]? {
        guard Terminal.standardInputIsTerminal else { throw CheckInError.noAnswers(instrument) }
        let style = Terminal.errorStyle
        Terminal.writeToStandardError(CheckInRendering.introduction(instrument, style: style))
        var answers: [Int] = []
        while answers.count < instrument.items.count {
            guard let answer = try askItem(answers.count, of: instrument) else {
                if answers.isEmpty {
                    Terminal.writeToStandardError(CheckInRendering.nothingBefore + "\n")
                } else {
                    answers.removeLast()
                }
                continue
            }
            answers.append(answer)
        }
        while true {
            Terminal.writeToStandardError(CheckInRendering.answers(answers, of: instrument, style: style))
            Terminal.writeToStandardError(CheckInRendering.confirmationPrompt)
            // The end of input here is a choice not to store, like n.
            guard let line = readLine(strippingNewline: true) else {
                Terminal.writeToStandardError("\n")
                return nil
            }
            let reply = line.trimmingCharacters(in: .whitespaces).lowercased()
            if ["y", "yes"].contains(reply) { return answers }
            if ["n", "no"].contains(reply) { return nil }
            let item = reply == "b" ? answers.count : Int(reply)
            guard let item, answers.indices.contains(item - 1) else {
                Terminal.writeToStandardError(CheckInRendering.confirmationReminder(for: instrument) + "\n")
                continue
            }
            answers[item - 1] = try askItem(item - 1, of: instrument) ?? answers[item - 1]
        }
    }

    /// The answer to one item; nil when `b` was typed, to go back.
    private func askItem(_ index: Int, of instrument: Instrument) throws -> Int? {
        Terminal.writeToStandardError(CheckInRendering.item(index, of: instrument, style: Terminal.errorStyle))
        while true {
            Terminal.writeToStandardError(CheckInRendering.answerPrompt)
            guard let line = readLine(strippingNewline: true) else { throw interrupted(instrument) }
            let reply = line.trimmingCharacters(in: .whitespaces)
            if reply.lowercased() == "b" { return nil }
            if let answer = Int(reply), Instrument.answerRange.contains(answer) { return answer }
            Terminal.writeToStandardError(CheckInRendering.answerReminder + "\n")
        }
    }

    private func interrupted(_ instrument: Instrument) -> CheckInError {
        Terminal.writeToStandardError("\n")
        return .interrupted(instrument)
    }
}
