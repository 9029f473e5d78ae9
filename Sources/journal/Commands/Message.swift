import ArgumentParser
import Foundation
import JournalCore

extension Journal {
    struct Message: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "message",
            abstract: "Write what you would have sent your therapist, and keep it for the session.",
            discussion: """
                Nothing is ever sent anywhere. The message is kept with the time you wrote it \
                (and your mood, if you give one), and the next digest (journal prep) opens with \
                it, under "What I wanted to tell you". Right after, you see what your plan says \
                about contact between sessions (its first part, journal plan edit), so that you \
                can tell at once whether this is something to bring, or something your agreement \
                says to send now. When the plan says nothing about it, you are offered a topic \
                for the next session: --yes adds it, --no does not, without asking.

                The text comes from the arguments; else from standard input when it is not a \
                terminal; else your editor opens. List, show, edit and delete messages with \
                journal list --messages, journal show --message ID, journal edit --message ID and \
                journal delete --message ID; journal search finds them too.

                Examples:
                  journal message "I keep thinking about what you said about my father."
                  journal message --mood 3 "Had a panic attack at work. Wanted to tell you right away."
                """)

        @OptionGroup var options: JournalOptions

        @Argument(help: "What you would have sent. Without it, standard input or your editor.")
        var text: [String] = []

        @Option(
            parsing: .unconditional,
            help: ArgumentHelp(
                "How you feel, a whole number from 0 (the worst) to 10 (the best).", discussion: "Written 7, 7/10 or 7.0.",
                valueName: "0-10"),
            transform: Arguments.mood)
        var mood: Parsed<Int>?

        @Flag(name: .customLong("private"), help: "Keep the message out of digests and exports.")
        var isPrivate = false

        @Flag(help: "When your plan says nothing about contact between sessions, add that as a topic without asking.")
        var yes = false

        @Flag(help: "When your plan says nothing about contact between sessions, do not offer the topic.")
        var no = false

        @Option(
            name: .customLong("from-draft"),
            help: ArgumentHelp("Store a kept draft (journal drafts lists them), then remove its file.", valueName: "file"),
            completion: .file(), transform: Arguments.path)
        var draft: String?

        func validate() throws {
            try mood?.validate()
            if yes, no { throw ValidationError("--yes and --no contradict each other — give one of them") }
            if draft != nil, !text.isEmpty || mood != nil || isPrivate {
                throw ValidationError(
                    "--from-draft stores the draft as it was kept, with its text and mood — give it alone, then change the message with journal edit --message")
            }
        }

        func run() throws {
            let now = Arguments.now
            let (store, message) = try store(now: now)
            Terminal.write(MessageRendering.kept(message, nextSession: try store.nextSession(after: now)) + "\n")
            options.noteIfNew(store)
            try showAgreement(from: store, now: now)
            if message.callsForThePlan { PlanReminder.show(from: store) }
            SessionReminder.show(from: store)
        }

        /// Stores the message from the draft, the arguments, standard input or the editor.
        private func store(now: Date) throws -> (JournalStore, JournalCore.Message) {
            if let draft {
                let (kept, newMessage) = try KeptDraft.read(draft, options: options) { draft -> NewMessage? in
                    guard case .newMessage(let message) = draft else { return nil }
                    return message
                }
                let validated = try newMessage.validated(now: now)
                let store = try options.open(.createIfMissing)
                let message = try store.addMessage(validated, now: now)
                kept.remove()
                return (store, message)
            }
            var newMessage = NewMessage(
                text: text.joined(separator: " "), mood: try mood?.value(), moment: try Arguments.moment(nil), isPrivate: isPrivate)
            guard text.isEmpty, Terminal.standardInputIsTerminal else {
                if text.isEmpty { newMessage.text = try Terminal.readStandardInput() }
                // Checked before the file is opened, so that a mistake leaves no trace.
                let validated = try newMessage.validated(now: now)
                let store = try options.open(.createIfMissing)
                return (store, try store.addMessage(validated, now: now))
            }
            // Checked, and the journal found openable, before the editor opens: a mistake found
            // after it closed would throw away what was written in it.
            try newMessage.checkDetails(now: now)
            try JournalStore.checkCanOpen(options.access(.createIfMissing))
            let details = newMessage
            return try EditorWriting.write(
                startingFrom: "", toStore: "the message", options: options,
                draft: { text in
                    var drafted = details
                    drafted.text = text
                    return .newMessage(drafted)
                }
            ) { text in
                var written = details
                written.text = text
                let validated = try written.validated(now: now)
                let store = try options.open(.createIfMissing)
                return (store, try store.addMessage(validated, now: now))
            }
        }

        /// What the plan says about contact between sessions; when it says nothing, the offer of
        /// a topic to agree on it.
        private func showAgreement(from store: JournalStore, now: Date) throws {
            let style = Terminal.outputStyle
            let plan = try store.currentPlan()
            if let plan, let section = ContactAgreement.section(of: plan) {
                return Terminal.write("\n" + MessageRendering.agreement(section, style: style))
            }
            Terminal.write("\n" + MessageRendering.noAgreement(hasPlan: plan != nil, style: style))
            guard !no else { return }
            if try store.topics().contains(where: { $0.text == ContactAgreement.topic }) {
                return Terminal.write(MessageRendering.topicAlreadyOpen + "\n")
            }
            let adds: Bool
            if yes {
                adds = true
            } else if Terminal.standardInputIsTerminal {
                adds = Terminal.confirm(MessageRendering.topicQuestion)
            } else {
                return Terminal.printNote(MessageRendering.topicHint)
            }
            guard adds else { return }
            let topic = try store.addTopic(ContactAgreement.topic, now: now)
            Terminal.write(MessageRendering.topicAdded(topic) + "\n")
        }
    }
}
