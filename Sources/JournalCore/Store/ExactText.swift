import Foundation
import GRDB

/// Writer text in and out of SQLite, exactly.
///
/// GRDB passes strings to SQLite as C strings, which would cut a text at its first NUL
/// character. Text the writer typed is therefore bound as UTF-8 bytes and stored with
/// `CAST(? AS TEXT)`, and read back with `CAST(column AS BLOB)`.
enum ExactText {
    /// The SQL placeholder that stores a value made by `argument(_:)` as text.
    static let placeholder = "CAST(? AS TEXT)"

    static func argument(_ text: String) -> Data { Data(text.utf8) }

    /// Selects `column` as bytes, under its own name.
    static func selection(_ column: String) -> any SQLSelectable {
        SQL(sql: "CAST(\(column) AS BLOB)").sqlExpression.forKey(column)
    }

    static func string(_ bytes: Data) -> String { String(decoding: bytes, as: UTF8.self) }
}
