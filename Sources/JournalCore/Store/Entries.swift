import Foundation
import GRDB

extension Entry: TableRecord, FetchableRecord {
    public static let databaseTableName = "entry"

    public enum Columns {
        static let id = Column("id")
        static let date = Column("date")
        static let utcOffset = Column("utcOffset")
        static let mood = Column("mood")
        static let text = Column("text")
        static let isFlagged = Column("isFlagged")
        static let isPrivate = Column("isPrivate")
    }

    /// What `init(row:)` reads, the text as bytes (see `ExactText`), for requests written in SQL.
    static let selectionSQL = "id, date, utcOffset, mood, CAST(text AS BLOB) AS text, isFlagged, isPrivate"

    public static var databaseSelection: [any SQLSelectable] { [SQL(sql: selectionSQL)] }

    /// Tags, feelings and pictures are attached afterwards by `JournalStore.attachLabels`.
    public init(row: Row) throws {
        let textBytes: Data = row[Columns.text]
        self.init(
            id: row[Columns.id],
            moment: StoredTime.moment(row[Columns.date], utcOffset: row[Columns.utcOffset]),
            mood: row[Columns.mood],
            text: ExactText.string(textBytes),
            tags: [],
            feelings: [],
            isFlagged: row[Columns.isFlagged],
            isPrivate: row[Columns.isPrivate])
    }
}

/// A tag of one entry, as a row of its own so that tags can be counted and filtered in SQL.
struct EntryTag: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entryTag"
    var entryId: Int64
    var name: String
    /// Given with `--tag` (or by an imported file) rather than only written as `#tag` in the text.
    var isGiven: Bool

    enum Columns {
        static let entryId = Column(CodingKeys.entryId)
        static let name = Column(CodingKeys.name)
        static let isGiven = Column(CodingKeys.isGiven)
    }
}

/// A feeling named for one entry.
struct EntryFeeling: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entryFeeling"
    var entryId: Int64
    var name: String

    enum Columns {
        static let entryId = Column(CodingKeys.entryId)
        static let name = Column(CodingKeys.name)
    }
}

extension DerivableRequest<Entry> {
    /// Entries matching `filter`, newest first, at most `filter.limit` of them.
    func matching(_ filter: EntryFilter) -> Self {
        var request = self
        if let since = filter.since {
            request = request.filter(Entry.Columns.date >= StoredTime.bound(since))
        }
        if let until = filter.until {
            request = request.filter(Entry.Columns.date < StoredTime.bound(until))
        }
        if filter.onlyFlagged {
            request = request.filter(Entry.Columns.isFlagged == true)
        }
        if let condition = filter.privacy.sqlCondition {
            request = request.filter(sql: condition)
        }
        for tag in filter.tags {
            let tagged = EntryTag.select(EntryTag.Columns.entryId).filter(EntryTag.Columns.name == Tags.name(typed: tag))
            request = request.filter(tagged.contains(Entry.Columns.id))
        }
        return request.order(Entry.Columns.date.desc, Entry.Columns.id.desc)
    }
}

extension JournalStore {
    /// Checks and stores a new entry, and returns it as stored.
    public func add(_ newEntry: NewEntry, now: Date = Date()) throws -> Entry {
        try add(newEntry.validated(now: now))
    }

    /// Stores an entry already checked, and returns it as stored.
    public func add(_ entry: ValidatedEntry) throws -> Entry {
        let id = try write { db in try EntryInsertion(db).insert(entry) }
        // Built from what was stored rather than read back: `add` is the command people run
        // most, and reading the entry again would be a noticeable part of its work.
        return entry.stored(as: id)
    }

    /// The entry with this id.
    public func entry(id: Int64) throws -> Entry {
        try read { db in
            guard let entry = try Entry.fetchOne(db, sql: "SELECT \(Entry.selectionSQL) FROM entry WHERE id = ?", arguments: [id])
            else { throw EntryError.notFound(id) }
            return try attachLabels(to: [entry], db)[0]
        }
    }

    /// Entries matching `filter`, oldest first: the newest `filter.limit` of them when a limit
    /// is set.
    public func entries(_ filter: EntryFilter) throws -> [Entry] {
        try read { db in
            var request = Entry.all().matching(filter)
            if let limit = filter.limit { request = request.limit(limit) }
            return try attachLabels(to: request.fetchAll(db).reversed(), db)
        }
    }

    /// Applies `change` to the entry, all of it or, when a part is refused, none of it, and
    /// returns the entry before and after. When the text changes, its inline `#tags` are
    /// replaced by those of the new text; tags given with `--tag` stay. Throws `EntryError`:
    /// `notFound`, `emptyText`, `noSuchFeeling`, `noSuchTag`, `tagInText`, and those of the
    /// change's own checks.
    public func update(id: Int64, _ change: EntryChange, now: Date = Date()) throws -> EntryUpdate {
        let change = try change.validated(now: now)
        return try write { db in
            guard let before = try entries(ids: [id], db).first else { throw EntryError.notFound(id) }
            let text = change.text ?? before.text
            guard EntryContent(text: text, attachmentCount: before.attachments.count).hasContent else { throw EntryError.emptyText }
            try Self.checkRemovals(change, from: before, newText: text)
            var assignments: [String] = []
            var arguments = StatementArguments()
            if let text = change.text, text != before.text {
                assignments.append("text = \(ExactText.placeholder)")
                arguments += [ExactText.argument(text)]
                try replaceInlineTags(of: id, oldText: before.text, newText: text, db)
            }
            switch change.mood {
            case .set(let mood):
                assignments.append("mood = ?")
                arguments += [mood]
            case .clear:
                assignments.append("mood = NULL")
            case nil:
                break
            }
            if let moment = change.moment {
                assignments.append("date = ?, utcOffset = ?")
                arguments += [StoredTime.seconds(moment.date), moment.utcOffsetSeconds]
            }
            if let isFlagged = change.isFlagged {
                assignments.append("isFlagged = ?")
                arguments += [isFlagged]
            }
            if let isPrivate = change.isPrivate {
                assignments.append("isPrivate = ?")
                arguments += [isPrivate]
            }
            if !assignments.isEmpty {
                arguments += [id]
                try db.execute(
                    sql: "UPDATE entry SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                    arguments: arguments)
            }
            try changeFeelings(of: id, change.feelings, db)
            try changeGivenTags(of: id, change.tags, text: text, db)
            return EntryUpdate(before: before, after: try entries(ids: [id], db)[0])
        }
    }

    /// Refuses to remove a feeling or tag the entry does not have, or a tag its text holds.
    private static func checkRemovals(_ change: EntryChange, from entry: Entry, newText: String) throws(EntryError) {
        if let missing = change.feelings.removed.first(where: { !entry.feelings.contains($0) }) {
            throw .noSuchFeeling(entry.id, missing)
        }
        let inline = Set(Tags.inline(in: newText))
        for tag in change.tags.removed {
            guard !inline.contains(tag) else { throw .tagInText(entry.id, tag) }
            guard entry.tags.contains(tag) else { throw .noSuchTag(entry.id, tag) }
        }
    }

    private func changeFeelings(of id: Int64, _ change: LabelChange, _ db: Database) throws {
        let feelings = EntryFeeling.filter(EntryFeeling.Columns.entryId == id)
        if change.clearsAll { try feelings.deleteAll(db) }
        try feelings.filter(change.removed.contains(EntryFeeling.Columns.name)).deleteAll(db)
        for feeling in change.added {
            try EntryFeeling(entryId: id, name: feeling).insert(db, onConflict: .ignore)
        }
    }

    /// Clearing and removing take away given tags; a tag the text holds stays, as one of the
    /// text's.
    private func changeGivenTags(of id: Int64, _ change: LabelChange, text: String, _ db: Database) throws {
        let tags = EntryTag.filter(EntryTag.Columns.entryId == id)
        if change.clearsAll {
            let inline = Tags.inline(in: text)
            try tags.filter(!inline.contains(EntryTag.Columns.name)).deleteAll(db)
            try tags.updateAll(db, EntryTag.Columns.isGiven.set(to: false))
        }
        try tags.filter(change.removed.contains(EntryTag.Columns.name)).deleteAll(db)
        for tag in change.added {
            try db.execute(
                sql: """
                    INSERT INTO entryTag (entryId, name, isGiven) VALUES (?, ?, 1)
                    ON CONFLICT (entryId, name) DO UPDATE SET isGiven = 1
                    """,
                arguments: [id, tag])
        }
    }

    /// Deletes the entries, their tags, feelings and pictures, and their words from the search
    /// index: all of them, or none when one is not there.
    public func delete(ids: [Int64]) throws {
        try write { db in
            for id in ids {
                guard try Entry.deleteOne(db, key: id) else { throw EntryError.notFound(id) }
            }
        }
    }

    /// The entries with these ids, in this order; throws `EntryError.notFound` for the first
    /// that is not there.
    public func entries(ids: [Int64]) throws -> [Entry] {
        try read { db in
            let found = try entries(ids: ids, db)
            if let missing = ids.first(where: { id in !found.contains { $0.id == id } }) { throw EntryError.notFound(missing) }
            return found
        }
    }

    /// How many entries the journal holds.
    public func entryCount() throws -> Int {
        try read { db in try Entry.fetchCount(db) }
    }

    /// How many entries match `filter`, whatever its limit: for saying how many a limited
    /// listing left out.
    public func entryCount(_ filter: EntryFilter) throws -> Int {
        try read { db in try Entry.all().matching(filter).fetchCount(db) }
    }

    private func replaceInlineTags(of id: Int64, oldText: String, newText: String, _ db: Database) throws {
        let removed = Set(Tags.inline(in: oldText)).subtracting(Tags.inline(in: newText))
        try EntryTag
            .filter(EntryTag.Columns.entryId == id && removed.contains(EntryTag.Columns.name))
            .filter(EntryTag.Columns.isGiven == false)
            .deleteAll(db)
        for tag in Tags.inline(in: newText) {
            try EntryTag(entryId: id, name: tag, isGiven: false).insert(db, onConflict: .ignore)
        }
    }

    /// The entries with these ids, in this order, with their tags and feelings.
    ///
    /// Written in SQL: GRDB's requests by key first read the table's schema, and decoding
    /// `Codable` records goes through reflection, both slow next to a search's own work.
    func entries(ids: [Int64], _ db: Database) throws -> [Entry] {
        var byID: [Int64: Entry] = [:]
        for batch in ids.batched() {
            let sql = "SELECT \(Entry.selectionSQL) FROM entry WHERE id IN (\(batch.sqlPlaceholders))"
            for entry in try Entry.fetchAll(db, sql: sql, arguments: StatementArguments(batch)) {
                byID[entry.id] = entry
            }
        }
        return try attachLabels(to: ids.compactMap { byID[$0] }, db)
    }

    /// Fills in the tags, feelings and pictures of `entries` with one query per kind and batch.
    func attachLabels(to entries: [Entry], _ db: Database) throws -> [Entry] {
        guard !entries.isEmpty else { return entries }
        var tagsByEntry: [Int64: [String]] = [:]
        var feelingsByEntry: [Int64: [String]] = [:]
        for batch in entries.map(\.id).batched() {
            let ids = batch.sqlPlaceholders
            let tags = try Row.fetchCursor(
                db, sql: "SELECT entryId, name FROM entryTag WHERE entryId IN (\(ids))", arguments: StatementArguments(batch))
            while let row = try tags.next() { tagsByEntry[row[0], default: []].append(row[1]) }
            let feelings = try Row.fetchCursor(
                db, sql: "SELECT entryId, name FROM entryFeeling WHERE entryId IN (\(ids))", arguments: StatementArguments(batch))
            while let row = try feelings.next() { feelingsByEntry[row[0], default: []].append(row[1]) }
        }
        let attachmentsByEntry = try attachments(ofEntries: entries.map(\.id), db)
        return entries.map { entry in
            var entry = entry
            entry.tags = tagsByEntry[entry.id, default: []].sorted()
            entry.feelings = feelingsByEntry[entry.id, default: []].sorted()
            entry.attachments = attachmentsByEntry[entry.id, default: []]
            return entry
        }
    }
}

/// Stores validated entries with statements prepared once, so that an import of many entries
/// runs the same few statements over and over.
struct EntryInsertion {
    private let db: Database
    private let insertEntry: Statement
    private let insertTag: Statement
    private let insertFeeling: Statement

    init(_ db: Database) throws {
        self.db = db
        insertEntry = try db.cachedStatement(
            sql: """
                INSERT INTO entry (date, utcOffset, mood, text, isFlagged, isPrivate)
                VALUES (?, ?, ?, \(ExactText.placeholder), ?, ?)
                """)
        insertTag = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entryTag (entryId, name, isGiven) VALUES (?, ?, ?)")
        insertFeeling = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entryFeeling (entryId, name) VALUES (?, ?)")
    }

    /// Stores `entry`, already validated, and returns its id.
    func insert(_ entry: ValidatedEntry) throws -> Int64 {
        try insertEntry.execute(arguments: [
            StoredTime.seconds(entry.moment.date), entry.moment.utcOffsetSeconds, entry.mood, ExactText.argument(entry.text),
            entry.isFlagged, entry.isPrivate,
        ])
        let id = db.lastInsertedRowID
        for tag in entry.tags { try insertTag.execute(arguments: [id, tag, entry.givenTags.contains(tag)]) }
        for feeling in entry.feelings { try insertFeeling.execute(arguments: [id, feeling]) }
        if !entry.pictures.isEmpty { try AttachmentInsertion(db).insert(entry.pictures, intoEntry: id) }
        return id
    }
}

extension Array {
    /// The array in slices small enough to be the parameters of one SQLite statement, which
    /// takes a bounded number of them.
    func batched(size: Int = 500) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension ArraySlice {
    /// `?, ?, ?`: one parameter for each element, for an `IN (…)` list.
    var sqlPlaceholders: String { Array(repeating: "?", count: count).joined(separator: ", ") }
}
