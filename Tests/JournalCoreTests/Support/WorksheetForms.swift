import Foundation

@testable import JournalCore

/// Filled-in worksheet forms for the tests: a complete one of each kind, and the same with one
/// field changed.
enum WorksheetForms {
    /// Sunday 29 November 2026, 12:00 in Berlin.
    static let now = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00+01:00")!
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    /// Every required field of each kind, by heading.
    static let complete: [WorksheetKind: [(String, String)]] = [
        .thoughtRecord: [
            ("When", "2026-11-28 18:00"), ("Situation", "Meeting with my manager about the late report"),
            ("Moods", "anxious 80"), ("Automatic thoughts", "They think I am useless"), ("Belief in the hot thought", "90"),
        ],
        .activity: [
            ("When", "2026-11-28 15:00"), ("What I did", "Walk in the park"), ("Mastery", "4"), ("Pleasure", "9"),
            ("Planned beforehand", "yes"),
        ],
        .sleep: [
            ("The night of", "2026-11-27"), ("Into bed", "23:10"), ("Tried to sleep", "23:30"), ("Minutes to fall asleep", "20"),
            ("Times woken", "2"), ("Minutes awake in the night", "15"), ("Final waking", "6:45"), ("Out of bed", "7:15"),
            ("Quality", "4"),
        ],
        .exposure: [
            ("When", "2026-11-28 10:00"), ("Situation faced", "Riding the bus two stops"), ("Distress predicted", "90"),
            ("Peak distress", "80"), ("Distress at the end", "50"), ("Minutes", "20"),
        ],
        .diaryCard: [
            ("Day", "2026-11-27"), ("Sadness", "3"), ("Anger", "1"), ("Fear", "2"), ("Shame", "0"), ("Joy", "1"),
            ("Urge to self-harm", "0"), ("Suicidal urges", "0"), ("Urge to use substances", "0"),
        ],
    ]

    /// The complete form of `kind` with `changes` (heading, text) in place of, or added to, its fields.
    static func form(_ kind: WorksheetKind, _ changes: [(String, String)] = []) -> String {
        var fields = complete[kind]!
        for (heading, text) in changes {
            if let index = fields.firstIndex(where: { $0.0 == heading }) { fields[index].1 = text } else { fields.append((heading, text)) }
        }
        return fields.map { "## \($0.0)\n\($0.1)\n" }.joined()
    }

    static func reader(_ kind: WorksheetKind, date: Moment? = nil) -> WorksheetReader {
        WorksheetReader(kind: kind, now: now, timeZone: berlin, date: date)
    }

    /// The worksheet of a form, checked as the journal checks it.
    static func validated(_ kind: WorksheetKind, _ changes: [(String, String)] = []) throws -> ValidatedWorksheet {
        try reader(kind).worksheet(fromForm: form(kind, changes)).validated(now: now)
    }

    /// A moment in Berlin from `2026-11-20T21:05:00+01:00`.
    static func moment(_ iso: String) -> Moment {
        let date = ISO8601DateFormatter().date(from: iso)!
        return Moment(date, in: berlin)
    }
}
