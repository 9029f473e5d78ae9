import Foundation
import JournalCore

/// Asks a worksheet's fields one at a time on the terminal, on standard error like every
/// question: Enter skips an optional field, `b` goes back to the one before, an answer that
/// cannot be taken is asked again with what is wrong, and a last question shows the whole
/// worksheet before it is stored. The end of input stops without storing anything; Ctrl-C
/// ends the command before anything is written.
struct WorksheetAsking {
    let reader: WorksheetReader
    let isFlagged: Bool
    let isPrivate: Bool
    /// What the journal would refuse (a second diary card for a day), asked before the last
    /// question so that the answers are not lost to it.
    let check: (ValidatedWorksheet) throws -> Void

    private var kind: WorksheetKind { reader.kind }
    private let style = Terminal.errorStyle

    /// The worksheet answered and confirmed; nil when the writer chose not to store it.
    func ask() throws -> ValidatedWorksheet? {
        let fields = kind.fields
        Terminal.writeToStandardError(WorksheetPrompts.introduction(kind, style: style))
        var values = WorksheetValues()
        var index = 0
        while true {
            guard index < fields.count else {
                switch try review(values) {
                case .store(let worksheet): return worksheet
                case .stop: return nil
                case .goBack(let field):
                    index = field.flatMap { fields.firstIndex(of: $0) } ?? fields.count - 1
                    continue
                }
            }
            let field = fields[index]
            Terminal.writeToStandardError(WorksheetPrompts.question(field, number: index + 1, of: fields.count, style: style))
            guard let answer = readAnswer(for: field) else { throw WorksheetError.interrupted(kind) }
            if answer == "b" {
                index = max(0, index - 1)
                continue
            }
            switch Result(catching: { () throws(WorksheetError) in try reader.checkedValue(of: field, from: answer, after: values) }) {
            case .failure(let error):
                Terminal.writeToStandardError(WorksheetPrompts.again(error) + "\n")
            case .success(nil) where field.isRequired:
                Terminal.writeToStandardError(WorksheetPrompts.needed(field) + "\n")
            case .success(let value):
                values[field] = value
                index += 1
            }
        }
    }

    private enum Review {
        case store(ValidatedWorksheet)
        case stop
        /// To this field, or the last when nil.
        case goBack(WorksheetField?)
    }

    /// The whole worksheet checked and shown, then the last question.
    private func review(_ values: WorksheetValues) throws -> Review {
        let checked = Result(catching: { () throws(WorksheetError) in
            try reader.worksheet(values, isFlagged: isFlagged, isPrivate: isPrivate).validated(now: reader.now)
        })
        let worksheet: ValidatedWorksheet
        switch checked {
        case .success(let validated): worksheet = validated
        case .failure(let error): return goingBack(for: error)
        }
        do {
            try check(worksheet)
        } catch let error as WorksheetError {
            return goingBack(for: error)
        }
        Terminal.writeToStandardError(WorksheetPrompts.review(worksheet.preview, style: style))
        while true {
            Terminal.writeToStandardError(WorksheetPrompts.confirmation(kind))
            guard let line = readLine(strippingNewline: true) else { throw WorksheetError.interrupted(kind) }
            switch line.trimmingCharacters(in: .whitespaces).lowercased() {
            case "y", "yes": return .store(worksheet)
            case "n", "no": return .stop
            case "b": return .goBack(nil)
            default: Terminal.writeToStandardError(WorksheetPrompts.confirmationReminder + "\n")
            }
        }
    }

    private func goingBack(for error: WorksheetError) -> Review {
        Terminal.writeToStandardError(WorksheetPrompts.again(error) + "\n")
        return .goBack(error.field)
    }

    /// One answer: a line, or for a list the lines up to an empty one; `b` alone on the first
    /// line is going back. Nil at the end of input.
    private func readAnswer(for field: WorksheetField) -> String? {
        var lines: [String] = []
        while true {
            Terminal.writeToStandardError(WorksheetPrompts.prompt(for: field))
            guard let line = readLine(strippingNewline: true) else {
                Terminal.writeToStandardError("\n")
                return nil
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if lines.isEmpty, trimmed.lowercased() == "b" { return "b" }
            guard field.type.isList, !trimmed.isEmpty else { return lines.isEmpty ? line : lines.joined(separator: "\n") }
            lines.append(line)
        }
    }
}
