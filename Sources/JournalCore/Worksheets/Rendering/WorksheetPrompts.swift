/// What `journal worksheet add` says on a terminal as it asks a worksheet field by field.
public enum WorksheetPrompts {
    /// What the writer reads before the first question.
    public static func introduction(_ kind: WorksheetKind, style: TextStyle) -> String {
        let lines = [
            style.bold("\(kind.title), \(kind.fields.count) questions.") + " " + kind.about,
            "Enter skips a question marked (optional); b goes back to the one before.",
            style.dim("Ctrl-C stops at any point, and nothing is stored."),
        ]
        return lines.flatMap { $0.wrapped(to: style.width) }.joined(separator: "\n") + "\n"
    }

    /// One field, numbered, with what it takes.
    public static func question(_ field: WorksheetField, number: Int, of count: Int, style: TextStyle) -> String {
        let label = "\(number)/\(count)  "
        let indent = String(repeating: " ", count: label.count)
        let title = field.title + (field.isRequired ? "" : " (optional)")
        var lines = [style.bold(label + title)]
        var help = field.help
        if field.type.isList { help += " An empty line ends the list." }
        lines += help.wrapped(to: max(20, style.width - indent.count)).map { indent + style.dim($0) }
        return "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// Before an answer: `> `, or `+ ` before each line of a list.
    public static func prompt(for field: WorksheetField) -> String {
        field.type.isList ? "+ " : "> "
    }

    /// Said when a required field is left empty.
    public static func needed(_ field: WorksheetField) -> String {
        "\(field.title) is needed: give \(field.expected)."
    }

    /// Said when an answer cannot be taken: what is wrong, and that the question comes again.
    public static func again(_ error: WorksheetError) -> String {
        var text = sentence(error.detail)
        switch error {
        case .date, .skippedTime, .hotThought: text += " " + sentence(error.advice)
        default: break
        }
        return text + " Try again, or b to go back."
    }

    /// The worksheet as it would be stored, before the last question.
    public static func review(_ worksheet: Worksheet, style: TextStyle) -> String {
        let detail = WorksheetRendering.detail(worksheet, format: .text, style: style)
        let body = detail.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().drop { $0.isEmpty }
        return "\n" + style.bold("Your \(worksheet.kind.name):") + "\n" + body.joined(separator: "\n")
    }

    /// The last question.
    public static func confirmation(_ kind: WorksheetKind) -> String {
        "Store this \(kind.name)? y stores it, b goes back, n stops without storing: "
    }

    /// Said when the answer to the last question is none of y, b and n.
    public static let confirmationReminder = "Type y to store it, b to go back, or n to stop without storing."

    private static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
