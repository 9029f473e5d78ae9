import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the command can tell about where its input comes from and its output goes.
enum Terminal {
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// How text for standard output is laid out.
    static var outputStyle: TextStyle { style(for: STDOUT_FILENO) }

    /// How text for standard error is laid out.
    static var errorStyle: TextStyle { style(for: STDERR_FILENO) }

    /// Colour and visible control characters only on a terminal; colour never with `NO_COLOR`
    /// set (https://no-color.org), nor on a terminal that says it cannot show it (`TERM=dumb`,
    /// as Emacs's shell and some editors' consoles set it, where escapes show as `^[[1m`).
    private static func style(for descriptor: Int32) -> TextStyle {
        guard isatty(descriptor) == 1 else { return .plain }
        let noColor = Environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = Environment["TERM"] == "dumb"
        return TextStyle(usesColor: !noColor && !dumb, showsControlCharacters: true, width: width(of: descriptor))
    }

    /// The terminal's width in columns, at most 100 so that lines stay readable.
    private static func width(of descriptor: Int32) -> Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), 100)
        }
        if let columns = Environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return min(columns, 100)
        }
        return 80
    }

    /// Writes to standard output; when that fails (a full disk), says so and stops.
    static func write(_ text: String) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            let failure = OutputError.cannotWrite
            printError("\(failure.problem) — \(failure.advice)")
            Foundation.exit(1)
        }
    }

    /// Writes a document (Markdown) whose writer text was not made safe for a terminal by its
    /// renderer: on a terminal, control characters in it are shown rather than obeyed.
    static func writeDocument(_ text: String) {
        write(outputStyle.safe(text))
    }

    /// Prints `journal: message` on standard error.
    static func printError(_ message: String) {
        writeToStandardError("journal: \(message)\n")
    }

    /// Prints a note on standard error, where it does not mix with output meant for a pipe.
    static func printNote(_ message: String) {
        writeToStandardError("\(message)\n")
    }

    /// Writes `text` as it is, without the `journal:` of an error. A terminal that was closed
    /// takes nothing more, and that is no reason to crash: what mattered (a draft) is done.
    static func writeToStandardError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// All of standard input, as UTF-8 text.
    static func readStandardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else { throw InputError.notUTF8 }
        return text
    }

    /// Asks a question on the terminal; nil when Enter was pressed without an answer, or input
    /// ended.
    static func ask(_ question: String) -> String? {
        writeToStandardError("\(question) ")
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else {
            return nil
        }
        return answer
    }

    /// Asks a yes/no question on the terminal; anything but y or yes is no.
    static func confirm(_ question: String) -> Bool {
        writeToStandardError("\(question) [y/N] ")
        guard let answer = readLine(strippingNewline: true) else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// Output that cannot go where it was sent.
enum OutputError: JournalFailure {
    /// Standard output could not take what was written to it.
    case cannotWrite

    var problem: String {
        switch self {
        case .cannotWrite: "cannot write the output"
        }
    }

    var advice: String {
        switch self {
        case .cannotWrite: "check that the disk (or the program it goes to) can take it"
        }
    }
}

/// Problems with what was typed or piped in, found before the journal is touched.
enum InputError: JournalFailure {
    case notUTF8

    var problem: String {
        switch self {
        case .notUTF8: "the text is not valid UTF-8, so nothing was stored"
        }
    }

    var advice: String {
        switch self {
        case .notUTF8: "save the text as UTF-8 and try again"
        }
    }
}
