import Foundation

/// The formats of `journal check-in list`.
public enum CheckInFormat: String, CaseIterable, Sendable {
    case text
    case json
}

/// What `journal check-in` asks and prints.
public enum CheckInRendering {
    /// The line after a check-in is stored: the score, how it moved, and what it is not.
    public static func result(_ trend: CheckInTrend) -> String {
        let checkIn = trend.checkIn
        return "Stored check-in \(checkIn.id) · \(checkIn.localTime.readableMoment)\n"
            + "\(checkIn.instrument.name): \(DigestPhrases.score(checkIn)) — \(DigestPhrases.change(trend)).\n"
            + "This is a score to talk over with your therapist, not a diagnosis.\n"
    }

    /// `check-in list`: oldest first, with the change since the previous one of the same
    /// instrument.
    public static func list(_ trends: [CheckInTrend], format: CheckInFormat, style: TextStyle) -> String {
        switch format {
        case .json:
            return JSON.array(trends.map(json)).rendered() + "\n"
        case .text:
            guard !trends.isEmpty else { return "No check-ins yet. Take one with: journal check-in phq9 (or gad7)\n" }
            let bandWidth = SeverityBand.allCases.map(\.rawValue.count).max()!
            let lines = trends.map { trend in
                let checkIn = trend.checkIn
                let total = String(checkIn.total)
                let score = String(repeating: " ", count: 2 - total.count) + "\(total) of \(checkIn.instrument.maximumTotal)"
                let band = checkIn.band.rawValue.padding(toLength: bandWidth, withPad: " ", startingAt: 0)
                return style.dim("#\(checkIn.id)") + "  " + checkIn.localTime.readableMoment + "  "
                    + style.bold(checkIn.instrument.name) + "  " + score + "  " + band + "  " + shortChange(trend)
            }
            return (lines + [style.dim(DigestPhrases.checkInsAreNotADiagnosis)]).joined(separator: "\n") + "\n"
        }
    }

    /// A check-in as JSON: `{"id": 3, "instrument": "phq9", "date": "…", "answers": [1, 0, …],
    /// "total": 12, "band": "moderate", "change": 3}`, `change` null for an instrument's first.
    public static func json(_ trend: CheckInTrend) -> JSON {
        let checkIn = trend.checkIn
        return .object([
            ("id", .int(Int(checkIn.id))),
            ("instrument", .string(checkIn.instrument.rawValue)),
            ("date", .string(checkIn.localTime.iso8601)),
            ("answers", .array(checkIn.answers.map { .int($0) })),
            ("total", .int(checkIn.total)),
            ("band", .string(checkIn.band.rawValue)),
            ("change", JSON(trend.change)),
        ])
    }

    /// `up 3`, `down 2`, `no change`, `first`
    private static func shortChange(_ trend: CheckInTrend) -> String {
        guard let change = trend.change else { return "first" }
        return change == 0 ? "no change" : change > 0 ? "up \(change)" : "down \(-change)"
    }

    // MARK: Asking on a terminal

    /// What the writer reads before the first item.
    public static func introduction(_ instrument: Instrument, style: TextStyle) -> String {
        let lines = [
            style.bold("\(instrument.name), \(instrument.items.count) items.") + " " + instrument.stem,
            "Answer each with " + answerChoices + ".",
            style.dim("Type b to go back to the item before. Ctrl-C stops at any point, and nothing is stored."),
        ]
        return lines.flatMap { $0.wrapped(to: style.width) }.joined(separator: "\n") + "\n"
    }

    /// One item, numbered as on the form, and its answers.
    public static func item(_ index: Int, of instrument: Instrument, style: TextStyle) -> String {
        let number = "\(index + 1)/\(instrument.items.count)  "
        let indent = String(repeating: " ", count: number.count)
        let text = instrument.items[index].wrapped(to: max(20, style.width - indent.count))
        let lines = [style.bold(number + text[0])] + text.dropFirst().map { style.bold(indent + $0) }
            + [indent + style.dim(answerChoices)]
        return "\n" + lines.joined(separator: "\n") + "\n"
    }

    public static let answerPrompt = "Your answer (0-3, or b to go back): "

    /// Said when a typed answer is not one of the four.
    public static let answerReminder = "Type 0, 1, 2 or 3, then Enter."

    /// Said when `b` is typed at the first item.
    public static let nothingBefore = "This is the first item: there is none before it."

    /// Every answer given, to look over before they are stored.
    public static func answers(_ answers: [Int], of instrument: Instrument, style: TextStyle) -> String {
        let total = answers.reduce(0, +)
        var lines = ["", style.bold("Your answers") + " (\(instrument.name): \(total) of \(instrument.maximumTotal))"]
        for (index, answer) in answers.enumerated() {
            let number = "\(index + 1)/\(instrument.items.count)  "
            let choice = "  \(answer) \(Instrument.answers[answer])"
            let width = max(20, style.width - number.count - choice.count)
            lines.append(number + instrument.items[index].truncated(to: width) + style.bold(choice))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Asked once every item is answered.
    public static let confirmationPrompt = "Store these answers? y to store, n to stop without storing, or an item's number to change it: "

    /// Said when the answer to the confirmation is none of those it asks for.
    public static func confirmationReminder(for instrument: Instrument) -> String {
        "Type y, n, or a number from 1 to \(instrument.items.count), then Enter."
    }

    /// One line naming a check-in, as a delete asks about it.
    public static func oneLine(_ checkIn: CheckIn, style: TextStyle) -> String {
        style.dim("#\(checkIn.id)") + "  " + checkIn.localTime.readableMoment + "  " + checkIn.instrument.name + "  "
            + "\(checkIn.total) of \(checkIn.instrument.maximumTotal), \(checkIn.band.rawValue)"
    }

    /// `0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day`
    private static var answerChoices: String {
        Instrument.answers.enumerated().map { "\($0.offset) \($0.element)" }.joined(separator: ", ")
    }
}
