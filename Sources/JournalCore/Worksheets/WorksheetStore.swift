import Foundation
import GRDB

/// Which worksheets `worksheet list` shows.
public struct WorksheetFilter: Sendable, Equatable {
    /// At or after this instant.
    public var since: Date?
    /// Strictly before this instant.
    public var until: Date?
    /// Only these kinds; every kind when empty.
    public var kinds: [WorksheetKind]
    public var onlyFlagged: Bool
    /// `worksheet list` shows private worksheets too, marked as such.
    public var privacy: Privacy
    /// The newest `limit` of those that match; nil for all of them.
    public var limit: Int?

    public init(
        since: Date? = nil, until: Date? = nil, kinds: [WorksheetKind] = [], onlyFlagged: Bool = false,
        privacy: Privacy = .includesPrivate, limit: Int? = nil
    ) {
        self.since = since
        self.until = until
        self.kinds = kinds
        self.onlyFlagged = onlyFlagged
        self.privacy = privacy
        self.limit = limit
    }

    /// The conditions on the `worksheet` table, and their arguments.
    func sql() -> (conditions: String, arguments: StatementArguments) {
        var conditions = ["1"]
        var arguments = StatementArguments()
        if let since {
            conditions.append("worksheet.date >= ?")
            arguments += [StoredTime.bound(since)]
        }
        if let until {
            conditions.append("worksheet.date < ?")
            arguments += [StoredTime.bound(until)]
        }
        if !kinds.isEmpty {
            conditions.append("worksheet.kind IN (\(kinds[...].sqlPlaceholders))")
            arguments += StatementArguments(kinds.map(\.rawValue))
        }
        if onlyFlagged { conditions.append("worksheet.isFlagged") }
        if let condition = privacy.worksheetSQLCondition { conditions.append(condition) }
        return (conditions.joined(separator: " AND "), arguments)
    }
}

extension JournalStore {
    /// Checks and stores a new worksheet, and returns it as stored.
    public func addWorksheet(_ worksheet: NewWorksheet, now: Date = Date()) throws -> Worksheet {
        try addWorksheet(worksheet.validated(now: now))
    }

    /// Stores a worksheet already checked. A second diary card for a day is refused: the card
    /// is one a day, and the first is there to be changed.
    public func addWorksheet(_ worksheet: ValidatedWorksheet) throws -> Worksheet {
        let id = try write { db in
            try Self.checkOneCardADay(worksheet, replacing: nil, db)
            return try Self.insertWorksheet(worksheet, db)
        }
        return worksheet.stored(as: id)
    }

    /// Refuses what storing `worksheet` (in the place of worksheet `id`) would refuse: a second
    /// diary card for a day. For a command to ask before its last question, not after.
    public func checkCanStore(_ worksheet: ValidatedWorksheet, replacing id: Int64? = nil) throws {
        try read { db in try Self.checkOneCardADay(worksheet, replacing: id, db) }
    }

    /// The worksheet with this id.
    public func worksheet(id: Int64) throws -> Worksheet {
        try read { db in
            guard let worksheet = try Self.worksheets(where: "worksheet.id = ?", [id], db).first else {
                throw WorksheetError.notFound(id)
            }
            return worksheet
        }
    }

    /// Worksheets matching `filter`, oldest first (the newest `filter.limit` when there is a
    /// limit), and how many more match.
    public func worksheets(_ filter: WorksheetFilter) throws -> (worksheets: [Worksheet], notShown: Int) {
        try read { db in
            let (conditions, arguments) = filter.sql()
            let total = try Self.count(filter, db)
            let limit = filter.limit.map { "LIMIT \($0)" } ?? ""
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM worksheet WHERE \(conditions) ORDER BY date DESC, id DESC \(limit)", arguments: arguments)
            let worksheets = try Self.worksheets(ids: ids.reversed(), db)
            return (worksheets, total - worksheets.count)
        }
    }

    /// How many worksheets match `filter` (its limit aside): for homework that counts the
    /// worksheets of a kind written since it was set.
    public func worksheetCount(_ filter: WorksheetFilter) throws -> Int {
        try read { db in try Self.count(filter, db) }
    }

    private static func count(_ filter: WorksheetFilter, _ db: Database) throws -> Int {
        let (conditions, arguments) = filter.sql()
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM worksheet WHERE \(conditions)", arguments: arguments)!
    }

    /// Puts `worksheet` (its date, fields and marks) in the place of worksheet `id`.
    public func replaceWorksheet(id: Int64, with worksheet: ValidatedWorksheet) throws -> Worksheet {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM worksheet WHERE id = ?", arguments: [id]) != nil else {
                throw WorksheetError.notFound(id)
            }
            try Self.checkOneCardADay(worksheet, replacing: id, db)
            try db.execute(
                sql: """
                    UPDATE worksheet SET date = ?, utcOffset = ?, isFlagged = ?, isPrivate = ?, words = \(ExactText.placeholder)
                    WHERE id = ?
                    """,
                arguments: [
                    StoredTime.seconds(worksheet.moment.date), worksheet.moment.utcOffsetSeconds, worksheet.isFlagged,
                    worksheet.isPrivate, ExactText.argument(worksheet.words), id,
                ])
            try db.execute(sql: "DELETE FROM worksheetValue WHERE worksheetId = ?", arguments: [id])
            try Self.insertValues(of: worksheet, id: id, db)
        }
        return worksheet.stored(as: id)
    }

    /// Marks or unmarks worksheet `id` as flagged or private; nil leaves a mark as it is.
    public func markWorksheet(id: Int64, isFlagged: Bool?, isPrivate: Bool?) throws -> Worksheet {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM worksheet WHERE id = ?", arguments: [id]) != nil else {
                throw WorksheetError.notFound(id)
            }
            if let isFlagged { try db.execute(sql: "UPDATE worksheet SET isFlagged = ? WHERE id = ?", arguments: [isFlagged, id]) }
            if let isPrivate { try db.execute(sql: "UPDATE worksheet SET isPrivate = ? WHERE id = ?", arguments: [isPrivate, id]) }
        }
        return try worksheet(id: id)
    }

    /// Deletes the worksheet, its fields, and its words from the search index.
    public func deleteWorksheet(id: Int64) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM worksheet WHERE id = ?", arguments: [id])
            guard db.changesCount > 0 else { throw WorksheetError.notFound(id) }
        }
    }

    /// Stores a worksheet already checked, and returns its id.
    static func insertWorksheet(_ worksheet: ValidatedWorksheet, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO worksheet (kind, date, utcOffset, isFlagged, isPrivate, words)
                VALUES (?, ?, ?, ?, ?, \(ExactText.placeholder))
                """,
            arguments: [
                worksheet.kind.rawValue, StoredTime.seconds(worksheet.moment.date), worksheet.moment.utcOffsetSeconds,
                worksheet.isFlagged, worksheet.isPrivate, ExactText.argument(worksheet.words),
            ])
        let id = db.lastInsertedRowID
        try insertValues(of: worksheet, id: id, db)
        return id
    }

    private static func insertValues(of worksheet: ValidatedWorksheet, id: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO worksheetValue (worksheetId, field, position, text, number, utcOffset, isMarked)
                VALUES (?, ?, ?, \(ExactText.placeholder), ?, ?, ?)
                """)
        for field in worksheet.kind.fields where field.type != .when {
            guard let value = worksheet.values[field] else { continue }
            for (position, cell) in StoredValue.cells(of: value).enumerated() {
                try statement.execute(arguments: [
                    id, field.key, position, cell.text.map(ExactText.argument), cell.number, cell.utcOffset, cell.isMarked,
                ])
            }
        }
    }

    private static func checkOneCardADay(_ worksheet: ValidatedWorksheet, replacing id: Int64?, _ db: Database) throws {
        guard worksheet.kind == .diaryCard, let day = worksheet.values.day(DiaryCard.day) else { return }
        let other = try Int64.fetchOne(
            db,
            sql: """
                SELECT worksheet.id FROM worksheet JOIN worksheetValue ON worksheetValue.worksheetId = worksheet.id
                WHERE worksheet.kind = ? AND worksheetValue.field = ? AND worksheetValue.number = ? AND worksheet.id != ?
                """,
            arguments: [WorksheetKind.diaryCard.rawValue, DiaryCard.day.key, day.number, id ?? 0])
        if let other { throw WorksheetError.anotherCardThatDay(day, id: other) }
    }

    /// The worksheets of `filter` in the interval, oldest first: for the digest.
    static func worksheets(_ filter: WorksheetFilter, _ db: Database) throws -> [Worksheet] {
        let (conditions, arguments) = filter.sql()
        return try worksheets(where: conditions, arguments, db)
    }

    /// The worksheets meeting `conditions`, oldest first, with their fields.
    static func worksheets(where conditions: String, _ arguments: StatementArguments, _ db: Database) throws -> [Worksheet] {
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM worksheet WHERE \(conditions) ORDER BY date, id", arguments: arguments)
        return try worksheets(ids: ids, db)
    }

    /// The worksheets with these ids, in this order, with their fields: one query for the
    /// worksheets and one for their fields, per batch.
    static func worksheets(ids: [Int64], _ db: Database) throws -> [Worksheet] {
        var byID: [Int64: Worksheet] = [:]
        for batch in ids.batched() {
            let arguments = StatementArguments(batch)
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT id, kind, date, utcOffset, isFlagged, isPrivate FROM worksheet WHERE id IN (\(batch.sqlPlaceholders))",
                arguments: arguments)
            while let row = try rows.next() {
                // A kind this version does not know can only come from a newer one, whose
                // journal is refused as such when it is opened, before anything is read.
                guard let kind = WorksheetKind(rawValue: row[1]) else { throw StoreError.unexpected(code: ResultCode.SQLITE_MISMATCH.rawValue) }
                let moment = StoredTime.moment(row[2], utcOffset: row[3])
                var values = WorksheetValues()
                if let when = kind.whenField { values[when] = .moment(moment) }
                byID[row[0]] = Worksheet(id: row[0], kind: kind, moment: moment, values: values, isFlagged: row[4], isPrivate: row[5])
            }
            var cellsByField: [Int64: [String: [StoredValue.Cell]]] = [:]
            let cells = try Row.fetchCursor(
                db,
                sql: """
                    SELECT worksheetId, field, CAST(text AS BLOB), number, utcOffset, isMarked FROM worksheetValue
                    WHERE worksheetId IN (\(batch.sqlPlaceholders)) ORDER BY worksheetId, field, position
                    """,
                arguments: arguments)
            while let row = try cells.next() {
                let text: Data? = row[2]
                let cell = StoredValue.Cell(text: text.map(ExactText.string), number: row[3], utcOffset: row[4], isMarked: row[5])
                cellsByField[row[0], default: [:]][row[1], default: []].append(cell)
            }
            for (id, fields) in cellsByField {
                guard var worksheet = byID[id] else { continue }
                for field in worksheet.kind.fields {
                    guard let cells = fields[field.key] else { continue }
                    worksheet.values[field] = StoredValue.value(of: cells, type: field.type)
                }
                byID[id] = worksheet
            }
        }
        return ids.compactMap { byID[$0] }
    }
}

/// A field's value as rows of `worksheetValue`: one cell per item of a list, else one.
enum StoredValue {
    struct Cell {
        var text: String?
        var number: Int64?
        var utcOffset: Int?
        var isMarked = false
    }

    static func cells(of value: FieldValue) -> [Cell] {
        switch value {
        case .moment(let moment):
            [Cell(number: StoredTime.seconds(moment.date), utcOffset: moment.utcOffsetSeconds)]
        case .day(let day): [Cell(number: Int64(day.number))]
        case .text(let text): [Cell(text: text)]
        case .number(let number): [Cell(number: Int64(number))]
        case .yesNo(let answer): [Cell(number: answer ? 1 : 0)]
        case .ratings(let ratings): ratings.map { Cell(text: $0.name, number: Int64($0.value)) }
        case .thoughts(let thoughts): thoughts.map { Cell(text: $0.text, isMarked: $0.isHot) }
        case .urge(let urge): [Cell(number: Int64(urge.strength), isMarked: urge.wasActedOn)]
        case .namedUrges(let urges): urges.map { Cell(text: $0.name, number: Int64($0.urge.strength), isMarked: $0.urge.wasActedOn) }
        case .words(let words): words.map { Cell(text: $0) }
        }
    }

    /// The value the cells of a field of `type` hold; nil when they do not fit it.
    static func value(of cells: [Cell], type: FieldType) -> FieldValue? {
        guard let first = cells.first else { return nil }
        let number = first.number.map { Int($0) }
        switch type {
        case .when, .clockTime:
            guard let seconds = first.number, let offset = first.utcOffset else { return nil }
            return .moment(StoredTime.moment(seconds, utcOffset: offset))
        case .day: return number.map { .day(Day(number: $0)) }
        case .text: return first.text.map { .text($0) }
        case .number: return number.map { .number($0) }
        case .yesNo: return number.map { .yesNo($0 != 0) }
        case .ratings: return .ratings(cells.map { Rating(name: $0.text ?? "", value: Int($0.number ?? 0)) })
        case .thoughts: return .thoughts(cells.map { Thought(text: $0.text ?? "", isHot: $0.isMarked) })
        case .urge: return number.map { .urge(Urge(strength: $0, wasActedOn: first.isMarked)) }
        case .namedUrges:
            return .namedUrges(cells.map { NamedUrge(name: $0.text ?? "", urge: Urge(strength: Int($0.number ?? 0), wasActedOn: $0.isMarked)) })
        case .words: return .words(cells.compactMap(\.text))
        }
    }
}
