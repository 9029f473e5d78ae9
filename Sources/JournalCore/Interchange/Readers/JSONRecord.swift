import Foundation

/// Where a record of a JSON import file is, for messages.
struct JSONRecordPlace {
    let file: String
    let kind: RecordKind
    /// The record's position in its list, counted from 1.
    let index: Int
    /// The line the record starts on.
    let line: Int

    /// Entries are known by their index, the way the issue asks; sessions and topics, which
    /// `ImportLocation` has no index for, by their line.
    var location: ImportLocation { kind == .entry ? .entry(index) : .line(line) }

    func failure(_ detail: String) -> ImportError {
        let reason =
            kind == .entry ? "\(detail) (the entry starts on line \(line))" : "\(kind.name) \(index): \(detail)"
        return ImportError(file: file, location: location, reason: reason)
    }
}

/// One object of a JSON import file, whose fields are read with messages that say which record
/// and which field is wrong, never what the record's text says.
struct JSONRecord {
    let place: JSONRecordPlace
    private let members: [(String, JSON)]

    init(_ value: JSON, place: JSONRecordPlace) throws(ImportError) {
        guard case .object(let members) = value else { throw place.failure("it is not an object in { }") }
        self.members = members
        self.place = place
    }

    /// The value of `key`; the last one when a hand-edited file gives a key twice, as most JSON
    /// readers do.
    subscript(key: String) -> JSON? {
        members.last { $0.0 == key }?.1
    }

    /// Nil when the field is missing or null.
    func text(_ key: String) throws(ImportError) -> String? {
        switch self[key] {
        case nil, .null: return nil
        case .string(let text): return text
        default: throw place.failure("\"\(key)\" is not text in double quotes")
        }
    }

    /// Whole numbers in a list; an empty list when the field is missing or null.
    func numbers(_ key: String) throws(ImportError) -> [Int] {
        switch self[key] {
        case nil, .null: return []
        case .array(let values):
            return try values.map { value throws(ImportError) in
                guard case .int(let number) = value else { throw place.failure("\"\(key)\" holds something that is not a whole number") }
                return number
            }
        default: throw place.failure("\"\(key)\" is not a list in [ ]")
        }
    }

    /// The objects of a list, each read as a record at the same place; empty when the field is
    /// missing or null.
    func objects(_ key: String) throws(ImportError) -> [JSONRecord] {
        switch self[key] {
        case nil, .null: return []
        case .array(let values):
            return try values.map { value throws(ImportError) in
                guard case .object = value else { throw place.failure("\"\(key)\" holds something that is not an object in { }") }
                return try JSONRecord(value, place: place)
            }
        default: throw place.failure("\"\(key)\" is not a list in [ ]")
        }
    }

    func requiredText(_ key: String) throws(ImportError) -> String {
        guard let text = try text(key) else { throw place.failure("\"\(key)\" is missing") }
        return text
    }

    /// False when the field is missing or null.
    func flag(_ key: String) throws(ImportError) -> Bool {
        switch self[key] {
        case nil, .null: return false
        case .bool(let flag): return flag
        default: throw place.failure("\"\(key)\" is not true or false")
        }
    }

    /// Empty when the field is missing or null.
    func words(_ key: String) throws(ImportError) -> [String] {
        switch self[key] {
        case nil, .null: return []
        case .array(let values):
            return try values.map { value throws(ImportError) in
                guard case .string(let word) = value else {
                    throw place.failure("\"\(key)\" is not a list of words in double quotes, like [\"family\"]")
                }
                return word
            }
        default: throw place.failure("\"\(key)\" is not a list of words in double quotes, like [\"family\"]")
        }
    }

    /// A whole number from 0 to 10; nil when the field is missing or null.
    func mood(_ key: String) throws(ImportError) -> Int? {
        switch self[key] {
        case nil, .null: return nil
        case .int(let mood) where Mood.range.contains(mood): return mood
        case .int(let mood): throw place.failure("\"\(key)\" is \(mood), but a mood is a whole number from 0 to 10")
        default: throw place.failure("\"\(key)\" is not a whole number from 0 to 10, or null")
        }
    }

    /// An ISO 8601 date and time with its offset from UTC (or `Z`); nil when the field is
    /// missing or null.
    func moment(_ key: String) throws(ImportError) -> Moment? {
        guard let text = try text(key) else { return nil }
        var scanner = TimestampScanner(text)
        guard let moment = scanner.momentWithOffset() else {
            throw place.failure("\"\(key)\" is not a date and time like \"2026-11-20T21:05:00+01:00\"")
        }
        return moment
    }

    func requiredMoment(_ key: String) throws(ImportError) -> Moment {
        guard let moment = try moment(key) else { throw place.failure("\"\(key)\" is missing") }
        return moment
    }
}

extension JSONSyntaxError {
    /// The error as a person sees it: the line, and the record it is in when known.
    func importError(file: String, within record: String? = nil) -> ImportError {
        let place = record.map { " in \($0)" } ?? ""
        return ImportError(file: file, location: .line(line), reason: "malformed JSON\(place): \(message)")
    }
}

extension StreamingJSON {
    /// Reads the list that is the value of `key` an element at a time, handing each element to
    /// `element` with where it is, so that only one element is in memory at once.
    mutating func forEachElement(
        ofList key: String, in file: String, kind: RecordKind,
        _ element: (JSON, JSONRecordPlace) throws -> Void
    ) throws {
        guard try isAtArray() else {
            throw ImportError(file: file, location: .line(line), reason: "\"\(key)\" is not a list in [ ]")
        }
        try beginArray()
        var index = 0
        while try hasNextElement() {
            index += 1
            let place = JSONRecordPlace(file: file, kind: kind, index: index, line: line)
            let value: JSON
            do {
                value = try readValue()
            } catch let error as JSONSyntaxError {
                throw error.importError(file: file, within: "\(kind.name) \(index)")
            }
            try element(value, place)
        }
    }

    /// Reads a whole JSON import file, turning a syntax error anywhere in it into an
    /// `ImportError` that names its line.
    static func reading(_ file: ChunkedFile, _ walk: (inout StreamingJSON) throws -> Void) throws {
        var json = try StreamingJSON(file: file)
        do {
            try walk(&json)
            try json.expectEnd()
        } catch let error as JSONSyntaxError {
            throw error.importError(file: file.name)
        }
    }
}

extension StreamingJSON {
    /// Reads a file holding one object, hands each element of its `"entries"` list to `record`
    /// and skips every other key (Day One's metadata, jrnl's tag counts). A file without such a
    /// list is refused with `missingEntries`, which says what the file should have been.
    static func forEachEntry(
        in file: ChunkedFile, missingEntries: String, _ record: (JSONRecord) throws -> Void
    ) throws {
        var hasEntries = false
        try reading(file) { json in
            try json.beginObject()
            while let key = try json.nextKey() {
                guard key == "entries" else {
                    try json.skipValue()
                    continue
                }
                hasEntries = true
                try json.forEachElement(ofList: key, in: file.name, kind: .entry) { value, place in
                    try record(JSONRecord(value, place: place))
                }
            }
        }
        guard hasEntries else { throw ImportError(file: file.name, location: nil, reason: missingEntries) }
    }
}
