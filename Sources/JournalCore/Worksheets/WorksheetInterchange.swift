import Foundation
import GRDB

/// A worksheet as the journal's own export writes it (`WorksheetJSON`, without figures),
/// before it is checked and stored.
public struct ImportedWorksheet: Equatable, Sendable {
    public var kind: WorksheetKind
    public var moment: Moment
    public var values: WorksheetValues
    public var isFlagged: Bool
    public var isPrivate: Bool
    public var location: ImportLocation

    public init(
        kind: WorksheetKind, moment: Moment, values: WorksheetValues, isFlagged: Bool, isPrivate: Bool,
        location: ImportLocation
    ) {
        self.kind = kind
        self.moment = moment
        self.values = values
        self.isFlagged = isFlagged
        self.isPrivate = isPrivate
        self.location = location
    }
}

extension JournalExportReader {
    /// `{"kind": "sleep", "date": "…", "flagged": false, "private": false, "fields": {…}}`: only
    /// `kind` and `date` must be there; a missing field is empty, and a key the kind does not
    /// have is passed over, as the export's other unknown keys are.
    static func worksheet(_ record: JSONRecord) throws(ImportError) -> ImportedWorksheet {
        let name = try record.requiredText("kind")
        guard let kind = WorksheetKind(rawValue: name) else {
            throw record.place.failure("\"\(name.prefix(20))\" is not a kind of worksheet journal knows (\(WorksheetKind.listed))")
        }
        var values = WorksheetValues()
        switch record["fields"] {
        case nil, .null:
            break
        case .object(let members):
            for field in kind.fields where field.type != .when {
                guard let json = members.last(where: { $0.0 == field.key })?.1 else { continue }
                values[field] = try WorksheetJSONReading(place: record.place, field: field).value(json)
            }
        default:
            throw record.place.failure("\"fields\" is not an object in { }")
        }
        return ImportedWorksheet(
            kind: kind, moment: try record.requiredMoment("date"), values: values, isFlagged: try record.flag("flagged"),
            isPrivate: try record.flag("private"), location: record.place.location)
    }
}

/// Reads one field's value as `WorksheetJSON.value(_:_:)` writes it.
private struct WorksheetJSONReading {
    let place: JSONRecordPlace
    let field: WorksheetField

    func value(_ json: JSON) throws(ImportError) -> FieldValue? {
        if json == .null { return nil }
        switch field.type {
        case .when, .clockTime:
            var scanner = TimestampScanner(try string(json))
            guard let moment = scanner.momentWithOffset(), scanner.isAtEnd else { throw wrong("a date and time like \"2026-11-20T23:10:00+01:00\"") }
            return .moment(moment)
        case .day:
            var scanner = TimestampScanner(try string(json))
            guard let date = scanner.calendarDate(), scanner.isAtEnd else { throw wrong("a day like \"2026-11-20\"") }
            return .day(Day(number: CivilCalendar.dayNumber(year: date.year, month: date.month, day: date.day)))
        case .text:
            return .text(try string(json))
        case .number:
            return .number(try int(json))
        case .yesNo:
            guard case .bool(let answer) = json else { throw wrong("true or false") }
            return .yesNo(answer)
        case .ratings:
            return .ratings(try list(json) { (item) throws(ImportError) in
                Rating(name: try string(item["name"]), value: try int(item["rating"]))
            })
        case .thoughts:
            return .thoughts(try list(json) { (item) throws(ImportError) in
                Thought(text: try string(item["text"]), isHot: try bool(item["hot"]))
            })
        case .urge:
            return .urge(try urge(object(json)))
        case .namedUrges:
            return .namedUrges(try list(json) { (item) throws(ImportError) in
                NamedUrge(name: try string(item["name"]), urge: try urge(item))
            })
        case .words:
            guard case .array(let elements) = json else { throw wrong("a list in [ ]") }
            var words: [String] = []
            for element in elements { words.append(try string(element)) }
            return .words(words)
        }
    }

    private func wrong(_ expected: String) -> ImportError {
        place.failure("\"\(field.key)\" is not \(expected)")
    }

    private func string(_ json: JSON?) throws(ImportError) -> String {
        guard case .string(let text) = json else { throw wrong("text in double quotes") }
        return text
    }

    private func int(_ json: JSON?) throws(ImportError) -> Int {
        guard case .int(let number) = json else { throw wrong("a whole number") }
        return number
    }

    private func bool(_ json: JSON?) throws(ImportError) -> Bool {
        switch json {
        case nil, .null: return false
        case .bool(let value): return value
        default: throw wrong("made of true or false where true or false goes")
        }
    }

    private func object(_ json: JSON) throws(ImportError) -> [String: JSON] {
        guard case .object(let members) = json else { throw wrong("an object in { }") }
        return Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    private func urge(_ members: [String: JSON]) throws(ImportError) -> Urge {
        Urge(strength: try int(members["rating"]), wasActedOn: try bool(members["acted"]))
    }

    /// A list of objects, each read by `item`.
    private func list<Item>(_ json: JSON, _ item: ([String: JSON]) throws(ImportError) -> Item) throws(ImportError) -> [Item] {
        guard case .array(let elements) = json else { throw wrong("a list in [ ]") }
        var items: [Item] = []
        for element in elements { items.append(try item(object(element))) }
        return items
    }
}

extension JournalStore {
    /// Checks and stores an imported worksheet, unless one of its kind with the same date and
    /// words is there already. Returns whether it was added.
    static func importWorksheet(_ imported: ImportedWorksheet, file: String, now: Date, _ db: Database) throws -> Bool {
        let worksheet: ValidatedWorksheet
        do {
            worksheet = try NewWorksheet(
                kind: imported.kind, moment: imported.moment, values: imported.values, isFlagged: imported.isFlagged,
                isPrivate: imported.isPrivate
            ).validated(now: now)
        } catch {
            throw ImportError(file: file, location: imported.location, reason: error.detail)
        }
        let exists = try Int.fetchOne(
            db, sql: "SELECT 1 FROM worksheet WHERE kind = ? AND date = ? AND words = \(ExactText.placeholder)",
            arguments: [worksheet.kind.rawValue, StoredTime.seconds(worksheet.moment.date), ExactText.argument(worksheet.words)]) != nil
        if exists { return false }
        _ = try insertWorksheet(worksheet, db)
        return true
    }

    /// The worksheets in the export's range, in the order they were written (so that an import
    /// into an empty journal gives each its id again), through the privacy filter; returns how
    /// many private ones were left out.
    func writeWorksheets(of request: ExportRequest, to writer: inout any ExportWriter, _ db: Database) throws -> Int {
        let privacy = Privacy(includingPrivate: request.includesPrivate)
        var leftOut = 0
        let (conditions, arguments) = WorksheetFilter(since: request.since, until: request.until).sql()
        let ids = try Int64.fetchAll(db, sql: "SELECT id FROM worksheet WHERE \(conditions) ORDER BY id", arguments: arguments)
        for worksheet in try Self.worksheets(ids: ids, db) {
            guard privacy.shows(worksheet) else {
                leftOut += 1
                continue
            }
            try writer.write(WorksheetJSON.json(worksheet, figures: false))
        }
        return leftOut
    }
}
