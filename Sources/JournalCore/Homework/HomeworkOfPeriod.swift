import Foundation
import GRDB

/// The homework a digest reviews: each item agreed at or since the session the period starts
/// at, reviewed or not, and the items agreed before it that are still open, carried over.
/// Oldest first.
public struct HomeworkOfPeriod: Equatable, Sendable {
    public var items: [HomeworkProgress]

    public var isEmpty: Bool { items.isEmpty }
}

extension HomeworkOfPeriod {
    /// The homework of a period that starts at `start` (the last session held, or `--since`;
    /// nil for a journal without sessions, where every homework belongs to the period). The
    /// worksheets counted go through `privacy`, as the worksheets the digest shows.
    static func read(from start: Date?, privacy: Privacy, _ db: Database) throws -> HomeworkOfPeriod {
        let all = try Homework.all().oldestFirst().fetchAll(db)
        let items = try all.compactMap { homework -> HomeworkProgress? in
            let isAgreedInPeriod = start.map { homework.set.date >= $0 } ?? true
            guard isAgreedInPeriod || homework.isOpen else { return nil }
            return try JournalStore.progress(of: homework, privacy: privacy, carriedOver: !isAgreedInPeriod, db)
        }
        return HomeworkOfPeriod(items: items)
    }
}
