import ArgumentParser
import JournalCore

extension Journal {
    struct Drafts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drafts",
            abstract: "List what you wrote that could not be stored, each with the command that stores it.",
            discussion: """
                What you write in your editor is never lost: when it cannot be stored (the editor \
                stopped with an error or was stopped, the terminal closed, the journal was busy, \
                full or read-only), it is kept as a draft, readable only by you, in \
                $XDG_DATA_HOME/journal/drafts (else ~/.local/share/journal/drafts, else \
                ~/journal-drafts). The command shown with each draft stores it and removes its \
                file; a draft you do not want can be deleted like any file.
                """)

        @OptionGroup var options: JournalOptions

        func run() throws {
            let drafts = DraftFolder.ofThisUser.drafts()
            Terminal.write(
                DraftRendering.list(
                    drafts, command: { options.commandLine($0.draft.storeArguments(path: $0.path)) },
                    style: Terminal.outputStyle))
        }
    }
}
