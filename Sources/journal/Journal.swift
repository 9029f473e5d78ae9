import ArgumentParser
import Foundation
import JournalCore

@main
struct Journal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "A private journal for the time between therapy sessions.",
        discussion: """
            Write down what happened and how you felt, with a mood from 0 (the worst) to 10 \
            (the best). Everything stays in one file on this computer, readable only by you.
            """,
        version: "0.1.0",
        subcommands: [
            Add.self, List.self, Show.self, Edit.self, Delete.self, Attach.self, Detach.self, Attachment.self,
            Message.self, Session.self, Topic.self, Homework.self, Prep.self, Plan.self, CheckIn.self, Worksheet.self,
            Search.self, Export.self, Import.self, Backup.self, Check.self, Stats.self, Drafts.self, Encrypt.self,
            Decrypt.self, ChangePassphrase.self, Unlock.self, Lock.self, Settings.self,
        ])

    @OptionGroup var options: JournalOptions

    /// Parses and runs a command, printing every failure as `journal: problem — advice`.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let refusal = CommandWords.unknownHelpTopic(in: arguments) {
            Terminal.printError(refusal)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as JournalFailure {
            Terminal.printError("\(failure.problem) — \(failure.advice)")
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            // "-the worst day" reads as short options, -h among them: a request for help that
            // was text.
            if code == .success, let diagnosis = CommandWords.textTakenForAnOption(in: arguments) {
                Terminal.printError(diagnosis)
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            guard code != .success else { exit(withError: error) }
            // ArgumentParser would say only "Unexpected argument", or quote the text as an
            // unknown option.
            var message = fullMessage(for: error)
            if code == .validationFailure, let diagnosis = CommandWords.diagnosis(of: arguments, message: message) {
                Terminal.printError(diagnosis)
                Foundation.exit(code.rawValue)
            }
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            if !message.isEmpty { Terminal.printError(message) }
            Foundation.exit(code.rawValue)
        }
    }
}
