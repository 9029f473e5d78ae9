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
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// How text for standard output is laid out: colour and visible control characters only on
    /// a terminal, colour never with `NO_COLOR` set (https://no-color.org).
    static var outputStyle: TextStyle {
        guard standardOutputIsTerminal else { return .plain }
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(usesColor: !noColor, showsControlCharacters: true, width: width)
    }

    /// The terminal's width in columns, at most 100 so that lines stay readable.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), 100)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return min(columns, 100)
        }
        return 80
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints `journal: message` on standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("journal: \(message)\n".utf8))
    }

    /// Prints a note on standard error, where it does not mix with output meant for a pipe.
    static func printNote(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// All of standard input, as UTF-8 text.
    static func readStandardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else { throw InputError.notUTF8 }
        return text
    }

    /// Asks a yes/no question on the terminal; anything but y or yes is no.
    static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data("\(question) [y/N] ".utf8))
        guard let answer = readLine(strippingNewline: true) else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// Problems with what was typed or piped in, found before the journal is touched.
enum InputError: JournalFailure {
    case notUTF8
    case invalidValue(problem: String, advice: String)

    var problem: String {
        switch self {
        case .notUTF8: "the text is not valid UTF-8, so nothing was stored"
        case .invalidValue(let problem, _): problem
        }
    }

    var advice: String {
        switch self {
        case .notUTF8: "save the text as UTF-8 and try again"
        case .invalidValue(_, let advice): advice
        }
    }
}
