import ArgumentParser
import JournalCore

extension Journal {
    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "settings",
            abstract: "Show or change the settings kept in the journal.",
            discussion: """
                Settings live in the journal file, so they travel with it. None is set at first.

                  name   your name on the digest (journal prep), in its title and on every \
                printed page; journal prep --name gives another for one digest

                Examples:
                  journal settings
                  journal settings name "A. Example"
                  journal settings name
                  journal settings name --remove
                """)

        @OptionGroup var options: JournalOptions

        @Argument(
            help: ArgumentHelp("The setting to show or change: name. Without it, every setting is listed.", valueName: "setting"),
            completion: .list(JournalCore.Setting.allCases.map(\.rawValue)))
        var setting: String?

        @Argument(help: ArgumentHelp("Its new value.", valueName: "value"))
        var value: String?

        @Flag(help: "Remove the setting's value.")
        var remove = false

        func validate() throws {
            guard let setting else {
                if remove { throw ValidationError("--remove needs the setting to remove — for example: journal settings name --remove") }
                return
            }
            let named = try Arguments.validating { try JournalCore.Setting.named(setting) }
            if remove, value != nil {
                throw ValidationError("give a new value or --remove, not both — journal settings \(named.rawValue) --remove removes it")
            }
            if let value { _ = try Arguments.validating { try named.checkedValue(value) } }
        }

        func run() throws {
            guard let setting else {
                Terminal.write(SettingsRendering.list(try options.open(.readOnlyOrEmpty).settings(), style: Terminal.outputStyle))
                return
            }
            let named = try JournalCore.Setting.named(setting)
            if remove {
                Terminal.write(SettingsRendering.removed(named, hadValue: try options.open(.existingOrEmpty).remove(named)))
            } else if let value {
                let store = try options.open(.createIfMissing)
                options.noteIfNew(store)
                Terminal.write(SettingsRendering.changed(named, to: try store.set(named, to: value), style: Terminal.outputStyle))
            } else {
                let current = try options.open(.readOnlyOrEmpty).value(of: named)
                Terminal.write(SettingsRendering.value(current, of: named, style: Terminal.outputStyle))
            }
        }
    }
}
