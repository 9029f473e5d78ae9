import Foundation
import GRDB

extension CheckIn: TableRecord, FetchableRecord {
    public static let databaseTableName = "checkIn"

    public enum Columns {
        static let id = Column("id")
        static let instrument = Column("instrument")
        static let date = Column("date")
        static let utcOffset = Column("utcOffset")
        static let total = Column("total")
        static let band = Column("band")
    }

    /// Answers are attached afterwards by `JournalStore.attachAnswers`.
    public init(row: Row) throws {
        let instrument: String = row[Columns.instrument]
        let band: String = row[Columns.band]
        // A name this version does not know can only come from a newer one, whose journal
        // is refused as such when it is opened, before anything is read.
        guard let knownInstrument = Instrument(rawValue: instrument), let knownBand = SeverityBand(rawValue: band) else {
            throw StoreError.unexpected(code: ResultCode.SQLITE_MISMATCH.rawValue)
        }
        self.init(
            id: row[Columns.id],
            instrument: knownInstrument,
            moment: StoredTime.moment(row[Columns.date], utcOffset: row[Columns.utcOffset]),
            answers: [],
            total: row[Columns.total],
            band: knownBand)
    }
}

/// The answer to one item of a check-in, as a row of its own so that a single item (PHQ-9's
/// last) can be looked for in SQL.
struct CheckInAnswer: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "checkInAnswer"
    var checkInId: Int64
    /// From 1, as the items are numbered on the form.
    var item: Int
    var answer: Int

    enum Columns {
        static let checkInId = Column(CodingKeys.checkInId)
        static let item = Column(CodingKeys.item)
    }
}

extension DerivableRequest<CheckIn> {
    func oldestFirst() -> Self { order(CheckIn.Columns.date, CheckIn.Columns.id) }

    /// Check-ins from `start` (all when nil) up to, not including, `end`.
    func dated(from start: Date?, before end: Date) -> Self {
        var request = filter(CheckIn.Columns.date < StoredTime.bound(end))
        if let start { request = request.filter(CheckIn.Columns.date >= StoredTime.bound(start)) }
        return request
    }
}

extension JournalStore {
    /// Scores and stores a check-in, and returns it with the one of the same instrument before it.
    public func addCheckIn(_ newCheckIn: NewCheckIn, now: Date = Date()) throws -> CheckInTrend {
        let scored = try newCheckIn.scored(now: now)
        return try write { db in
            let id = try Self.insertCheckIn(newCheckIn, total: scored.total, band: scored.band, db)
            let checkIn = try attachAnswers(to: [CheckIn.fetchOne(db, key: id)!], db)[0]
            return CheckInTrend(checkIn: checkIn, previous: try previousCheckIn(before: checkIn, db))
        }
    }

    /// Stores a check-in already scored, and returns its id.
    static func insertCheckIn(_ checkIn: NewCheckIn, total: Int, band: SeverityBand, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO checkIn (instrument, date, utcOffset, total, band) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                checkIn.instrument.rawValue, StoredTime.seconds(checkIn.moment.date), checkIn.moment.utcOffsetSeconds, total,
                band.rawValue,
            ])
        let id = db.lastInsertedRowID
        for (index, answer) in checkIn.answers.enumerated() {
            try CheckInAnswer(checkInId: id, item: index + 1, answer: answer).insert(db)
        }
        return id
    }

    /// The check-in with this id, with its answers.
    public func checkIn(id: Int64) throws -> CheckIn {
        try read { db in
            guard let checkIn = try CheckIn.fetchOne(db, key: id) else { throw CheckInError.notFound(id) }
            return try attachAnswers(to: [checkIn], db)[0]
        }
    }

    /// Removes a check-in and its answers for good.
    public func deleteCheckIn(id: Int64) throws {
        try write { db in
            guard try CheckIn.deleteOne(db, key: id) else { throw CheckInError.notFound(id) }
        }
    }

    /// Every check-in, oldest first, each with the one of the same instrument before it.
    public func checkInTrends() throws -> [CheckInTrend] {
        try read { db in
            var latest: [Instrument: CheckIn] = [:]
            return try attachAnswers(to: CheckIn.all().oldestFirst().fetchAll(db), db).map { checkIn in
                defer { latest[checkIn.instrument] = checkIn }
                return CheckInTrend(checkIn: checkIn, previous: latest[checkIn.instrument])
            }
        }
    }

    /// The check-in of the same instrument just before `checkIn`, in the order of their dates.
    func previousCheckIn(before checkIn: CheckIn, _ db: Database) throws -> CheckIn? {
        let date = StoredTime.seconds(checkIn.date)
        let earlier = CheckIn.Columns.date < date || (CheckIn.Columns.date == date && CheckIn.Columns.id < checkIn.id)
        let previous = try CheckIn.all()
            .filter(CheckIn.Columns.instrument == checkIn.instrument.rawValue && earlier)
            .order(CheckIn.Columns.date.desc, CheckIn.Columns.id.desc)
            .fetchOne(db)
        return try previous.map { try attachAnswers(to: [$0], db)[0] }
    }

    /// Fills in the answers of `checkIns` with one query per batch.
    func attachAnswers(to checkIns: [CheckIn], _ db: Database) throws -> [CheckIn] {
        var answersByCheckIn: [Int64: [Int]] = [:]
        for batch in checkIns.map(\.id).batched() {
            let request = CheckInAnswer.filter(batch.contains(CheckInAnswer.Columns.checkInId))
                .order(CheckInAnswer.Columns.checkInId, CheckInAnswer.Columns.item)
            for answer in try request.fetchAll(db) {
                answersByCheckIn[answer.checkInId, default: []].append(answer.answer)
            }
        }
        return checkIns.map { checkIn in
            var checkIn = checkIn
            checkIn.answers = answersByCheckIn[checkIn.id, default: []]
            return checkIn
        }
    }
}
