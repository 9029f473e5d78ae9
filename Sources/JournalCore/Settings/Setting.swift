import Foundation

/// A setting kept in the journal itself, so that it travels with the file (backup, another
/// computer). None is set in a new journal.
public enum Setting: String, CaseIterable, Sendable {
    /// The writer's name as the digest shows it, in its title and on every printed page, so
    /// that a therapist knows whose handout it is. Any name or initials the writer chooses.
    case name

    /// What the setting is for, as `journal settings` lists it.
    public var purpose: String {
        switch self {
        case .name: "your name on the digest (journal prep), in its title and on every printed page"
        }
    }

    /// The longest value, in characters: a name, not a paragraph.
    public static let maximumLength = 80

    /// A value as typed, trimmed; refused when empty, too long, or holding a line break or
    /// another control character (it is shown in titles and a printed page's header line).
    /// Throws `SettingError`.
    public func checkedValue(_ value: String) throws(SettingError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty(self) }
        guard trimmed.count <= Self.maximumLength else { throw .tooLong(self, trimmed.count) }
        // Bidirectional overrides and isolates too: one left open would turn the rest of a
        // header line around.
        let isControl = { (scalar: Unicode.Scalar) in
            scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
                || (0x2066...0x2069).contains(scalar.value)
        }
        guard !trimmed.unicodeScalars.contains(where: isControl) else { throw .controlCharacter(self) }
        return trimmed
    }

    /// The setting a name typed on the command line stands for; throws for one there is not.
    public static func named(_ name: String) throws(SettingError) -> Setting {
        guard let setting = Setting(rawValue: name.lowercased()) else { throw .unknown(name) }
        return setting
    }
}

/// Why a setting cannot be read or changed as asked.
public enum SettingError: JournalFailure, Equatable {
    case unknown(String)
    case empty(Setting)
    case tooLong(Setting, Int)
    case controlCharacter(Setting)

    public var problem: String {
        switch self {
        case .unknown(let name):
            "there is no setting \"\(name.prefix(40))\"; the settings are: "
                + Setting.allCases.map(\.rawValue).joined(separator: ", ")
        case .empty(let setting): "the \(setting.rawValue) is empty, so nothing was changed"
        case .tooLong(let setting, let length):
            "the \(setting.rawValue) is \(length) characters long, more than the \(Setting.maximumLength) a \(setting.rawValue) may have"
        case .controlCharacter(let setting):
            "the \(setting.rawValue) holds a line break or another control character, and it must fit on one line"
        }
    }

    public var advice: String {
        switch self {
        case .unknown: "journal settings lists them with their values"
        case .empty(let setting): "to remove it: journal settings \(setting.rawValue) --remove"
        case .tooLong, .controlCharacter: "for example: journal settings name \"A. Example\""
        }
    }
}
