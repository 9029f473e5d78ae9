import Foundation
import GRDB

extension JournalStore {
    /// Every setting that has a value, in the order of `Setting.allCases`.
    public func settings() throws -> [(setting: Setting, value: String)] {
        try read { db in
            let values = try Self.settingValues(db)
            return Setting.allCases.compactMap { setting in values[setting].map { (setting, $0) } }
        }
    }

    /// The value of one setting, or nil when it has none.
    public func value(of setting: Setting) throws -> String? {
        try read { db in try Self.settingValues(db)[setting] }
    }

    /// Gives `setting` the value, checked by `Setting.checkedValue`; returns the value kept.
    @discardableResult
    public func set(_ setting: Setting, to value: String) throws -> String {
        let value = try setting.checkedValue(value)
        try write { db in
            try db.execute(
                sql: "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                arguments: [setting.rawValue, value])
        }
        return value
    }

    /// Removes the setting's value; returns whether it had one.
    @discardableResult
    public func remove(_ setting: Setting) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM setting WHERE name = ?", arguments: [setting.rawValue])
            return db.changesCount > 0
        }
    }

    /// The values stored, by setting; a name no version of journal knows (one written by a
    /// newer version) is left alone.
    static func settingValues(_ db: Database) throws -> [Setting: String] {
        var values: [Setting: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, value FROM setting") {
            if let setting = Setting(rawValue: row["name"]) { values[setting] = row["value"] }
        }
        return values
    }

    /// The table of settings: one row a setting that has a value.
    static func createSettingsTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE setting (
                    name TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
    }
}
