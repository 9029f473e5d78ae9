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
            Session.self, Topic.self, Prep.self, Plan.self, CheckIn.self, Search.self, Export.self, Import.self,
            Backup.self, Check.self, Stats.self,
        ])

    @OptionGroup var options: JournalOptions

    /// Parses and runs a command, printing every failure as `journal: problem — advice`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as JournalFailure {
            Terminal.printError("\(failure.problem) — \(failure.advice)")
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            if !message.isEmpty { Terminal.printError(message) }
            Foundation.exit(code.rawValue)
        }
    }
}
