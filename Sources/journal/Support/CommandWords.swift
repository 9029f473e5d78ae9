import ArgumentParser
import JournalCore

/// What ArgumentParser cannot say about a command line it refused: a mistyped command
/// (`journal ad`, `journal sesion next`), a command `journal help` does not know, and text
/// starting with `-` taken for an option.
enum CommandWords {
    /// The starts of ArgumentParser's messages about words it could not place, after which
    /// `diagnosis(of:)` is worth asking; a check's own refusal (`validate()`) is left alone.
    private static let placementMessages = [
        "Unexpected argument", "unexpected arguments", "Unknown option", "Missing value for", "Missing expected argument",
    ]

    /// Why `arguments` (without the program's name) were refused with ArgumentParser's
    /// `message`, when it is a mistyped command or text taken for an option; nil otherwise, for
    /// ArgumentParser's own message.
    static func diagnosis(of arguments: [String], message: String) -> String? {
        guard placementMessages.contains(where: message.contains) else { return nil }
        if case .unknown(let word, let path, let names) = walk(arguments) {
            return unknownCommand(word, of: path, among: names, asked: false)
        }
        return textTakenForAnOption(in: arguments)
    }

    /// The refusal of `journal help WORD…` when a word names no command; nil when they all do,
    /// or the command line is not a call for help.
    static func unknownHelpTopic(in arguments: [String]) -> String? {
        let words = self.words(of: arguments)
        guard words.first == "help" else { return nil }
        guard case .unknown(let word, let path, let names) = walk(Array(words.dropFirst())) else { return nil }
        return unknownCommand(word, of: path, among: names, asked: true)
    }

    /// The words of `arguments` that are not options, up to `--`: what names the commands.
    private static func words(of arguments: [String]) -> [String] {
        var words: [String] = []
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            // The only option that comes before a command's name and takes a value.
            index += argument == "--db" ? 2 : 1
            if !argument.hasPrefix("-") { words.append(argument) }
        }
        return words
    }

    private enum Walk {
        case known
        /// `word` is not one of `names`, the commands of `path` (`["journal", "check-in"]`).
        case unknown(String, path: [String], names: [String])
    }

    /// Follows the words of `arguments` down the commands; stops at the first command that has
    /// no commands of its own, at `--`, or at a word that is none of the commands it could be.
    private static func walk(_ arguments: [String]) -> Walk {
        var command: any ParsableCommand.Type = Journal.self
        var path = ["journal"]
        for argument in words(of: arguments) {
            let commands = command.configuration.subcommands
            guard !commands.isEmpty else { break }
            guard let next = commands.first(where: { $0.configuration.commandName == argument }) else {
                return .unknown(argument, path: path, names: commands.compactMap { $0.configuration.commandName })
            }
            command = next
            path.append(argument)
        }
        return .known
    }

    private static func unknownCommand(_ word: String, of path: [String], among names: [String], asked: Bool) -> String {
        let group = path.dropFirst().joined(separator: " ")
        let helpOfGroup = group.isEmpty ? "journal help lists the commands" : "journal help \(group) lists its commands"
        let suggestions = Resemblance.closest(to: word, among: names)
        // A word that resembles no command may be the text of an entry typed without `add`:
        // it is not repeated, as no message quotes what a person wrote.
        guard !suggestions.isEmpty || asked || word == "help" else {
            return group.isEmpty
                ? "that is not a command of journal — \(helpOfGroup); to write an entry: journal add \"…\""
                : "that is not a command of journal \(group) — \(helpOfGroup)"
        }
        let unknown = "there is no command '\(word)'" + (group.isEmpty ? "" : " of journal \(group)")
        if word == "help" { return "\(unknown) — journal help \(group) shows its help" }
        guard !suggestions.isEmpty else { return "\(unknown) — \(helpOfGroup)" }
        let meant = suggestions.map { "'\($0)'" }.joined(separator: " or ")
        return "\(unknown). Did you mean \(meant)? — \(helpOfGroup)"
    }

    /// The message for text that starts with `-` (`journal add "-5 degrees and I felt it"`),
    /// which ArgumentParser takes for an unknown option; nil when no argument looks like text.
    static func textTakenForAnOption(in arguments: [String]) -> String? {
        let beforeEnd = arguments.prefix { $0 != "--" }
        guard let index = beforeEnd.firstIndex(where: looksLikeText) else { return nil }
        let command = (["journal"] + walkedNames(arguments)).joined(separator: " ")
        let previous = index > beforeEnd.startIndex ? arguments[index - 1] : ""
        guard previous.hasPrefix("--"), !previous.contains("=") else {
            return "the text starts with \"-\", so it was read as an option — put -- before the text: \(command) -- \"-…\""
        }
        // Whether `previous` takes a value is ArgumentParser's to know: both ways are given.
        return "the text or value starts with \"-\", so it was read as an option — put -- before the text (\(command) -- \"-…\"), or join a value to its option with = (\(previous)=\"-…\")"
    }

    /// The names of the commands the words of `arguments` lead to: `["add"]`.
    private static func walkedNames(_ arguments: [String]) -> [String] {
        var command: any ParsableCommand.Type = Journal.self
        var names: [String] = []
        for argument in words(of: arguments) {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument })
            else { break }
            command = next
            names.append(argument)
        }
        return names
    }

    /// `-5 degrees`, `-5`, `- not ok`, `--- a line`: no option is spelled with a space, or with
    /// anything but a letter after its dashes.
    private static func looksLikeText(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument != "-", argument != "--" else { return false }
        // `--db=~/My Journal/journal.sqlite`: an option with its value joined.
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            let name = argument[argument.index(argument.startIndex, offsetBy: 2)..<equals]
            if let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0 == "-" }) { return false }
        }
        if argument.contains(where: \.isWhitespace) { return true }
        let name = argument.drop { $0 == "-" }
        guard let first = name.first else { return true }
        return !first.isLetter || argument.hasPrefix("---")
    }
}
