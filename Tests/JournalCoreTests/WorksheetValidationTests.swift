import Foundation
import Testing

@testable import JournalCore

/// Each field of each kind checked at the ends of its range, and the rules that tie fields
/// together: what is refused names the field (and the line of a list), never the value.
@Suite("Worksheets: what each field takes")
struct WorksheetValidationTests {
    typealias Forms = WorksheetForms

    /// A field given a value at the edge of its range, and whether that is taken.
    struct Boundary: CustomTestStringConvertible, Sendable {
        var kind: WorksheetKind
        var heading: String
        var text: String
        /// Nil when the value is taken.
        var error: WorksheetError?

        var testDescription: String { "\(kind.rawValue) \(heading) \"\(text)\"" }
    }

    static func taken(_ kind: WorksheetKind, _ heading: String, _ text: String) -> Boundary {
        Boundary(kind: kind, heading: heading, text: text, error: nil)
    }

    static func refused(_ kind: WorksheetKind, _ heading: String, _ text: String, _ error: WorksheetError) -> Boundary {
        Boundary(kind: kind, heading: heading, text: text, error: error)
    }

    static let boundaries: [Boundary] = [
        // Thought record: moods and beliefs 0–100, one hot thought.
        taken(.thoughtRecord, "Moods", "anxious 0"),
        taken(.thoughtRecord, "Moods", "anxious 100\nashamed: 60%"),
        refused(.thoughtRecord, "Moods", "anxious 101", .outOfRange(.thoughtRecord, ThoughtRecord.moods, line: 1)),
        refused(.thoughtRecord, "Moods", "calm 10\nanxious -1", .outOfRange(.thoughtRecord, ThoughtRecord.moods, line: 2)),
        refused(.thoughtRecord, "Moods", "anxious", .unreadable(.thoughtRecord, ThoughtRecord.moods, line: 1)),
        taken(.thoughtRecord, "Belief in the hot thought", "0"),
        taken(.thoughtRecord, "Belief in the hot thought", "100"),
        refused(.thoughtRecord, "Belief in the hot thought", "101", .outOfRange(.thoughtRecord, ThoughtRecord.hotThoughtBelief, line: nil)),
        refused(.thoughtRecord, "Belief in the hot thought", "ninety", .unreadable(.thoughtRecord, ThoughtRecord.hotThoughtBelief, line: nil)),
        refused(.thoughtRecord, "Belief in the hot thought now", "-1", .outOfRange(.thoughtRecord, ThoughtRecord.hotThoughtBeliefNow, line: nil)),
        taken(.thoughtRecord, "Automatic thoughts", "I will be fired\n* They think I am useless"),
        refused(.thoughtRecord, "Automatic thoughts", "I will be fired\nThey think I am useless", .hotThought(.thoughtRecord, ThoughtRecord.automaticThoughts, marked: 0)),
        refused(.thoughtRecord, "Automatic thoughts", "* I will be fired\n*They think I am useless", .hotThought(.thoughtRecord, ThoughtRecord.automaticThoughts, marked: 2)),
        refused(.thoughtRecord, "Situation", "   ", .missing(.thoughtRecord, ThoughtRecord.situation)),
        refused(.thoughtRecord, "Belief in the balanced thought", "70", .needs(.thoughtRecord, ThoughtRecord.balancedThoughtBelief, ThoughtRecord.balancedThought)),
        refused(.thoughtRecord, "When", "tomorrow 9am", .inFuture(.thoughtRecord, ThoughtRecord.when)),
        // Activity: mastery and pleasure 0–10, moods 0–10, planned yes or no.
        taken(.activity, "Mastery", "0"),
        taken(.activity, "Mastery", "10"),
        refused(.activity, "Mastery", "11", .outOfRange(.activity, ActivityLog.mastery, line: nil)),
        refused(.activity, "Mastery", "-1", .outOfRange(.activity, ActivityLog.mastery, line: nil)),
        taken(.activity, "Pleasure", "10"),
        refused(.activity, "Pleasure", "7.5", .unreadable(.activity, ActivityLog.pleasure, line: nil)),
        taken(.activity, "Mood before", "0"),
        refused(.activity, "Mood after", "11", .outOfRange(.activity, ActivityLog.moodAfter, line: nil)),
        taken(.activity, "Planned beforehand", "No"),
        refused(.activity, "Planned beforehand", "maybe", .unreadable(.activity, ActivityLog.planned, line: nil)),
        refused(.activity, "What I did", "", .missing(.activity, ActivityLog.activity)),
        // Sleep diary: quality 1–5, counts and minutes in range, times that are times.
        taken(.sleep, "Quality", "1"),
        taken(.sleep, "Quality", "5"),
        refused(.sleep, "Quality", "0", .outOfRange(.sleep, SleepDiary.quality, line: nil)),
        refused(.sleep, "Quality", "6", .outOfRange(.sleep, SleepDiary.quality, line: nil)),
        taken(.sleep, "Times woken", "0"),
        taken(.sleep, "Times woken", "50"),
        refused(.sleep, "Times woken", "51", .outOfRange(.sleep, SleepDiary.timesWoken, line: nil)),
        refused(.sleep, "Minutes awake in the night", "721", .outOfRange(.sleep, SleepDiary.minutesAwake, line: nil)),
        // 23:30 to 6:45 is 435 minutes, 15 of them awake.
        taken(.sleep, "Minutes to fall asleep", "420"),
        refused(.sleep, "Minutes to fall asleep", "421", .sleepWindowExceeded(SleepDiary.minutesAwake, window: 435)),
        taken(.sleep, "Into bed", "11pm"),
        taken(.sleep, "Into bed", "23.10"),
        refused(.sleep, "Into bed", "25:00", .unreadable(.sleep, SleepDiary.intoBed, line: nil)),
        refused(.sleep, "Into bed", "half past ten", .unreadable(.sleep, SleepDiary.intoBed, line: nil)),
        refused(.sleep, "Out of bed", "", .missing(.sleep, SleepDiary.outOfBed)),
        refused(.sleep, "The night of", "tomorrow", .inFuture(.sleep, SleepDiary.night)),
        // Exposure: SUDS 0–100, minutes up to a day.
        taken(.exposure, "Distress predicted", "0"),
        taken(.exposure, "Peak distress", "100"),
        refused(.exposure, "Distress at the end", "101", .outOfRange(.exposure, ExposureLog.endDistress, line: nil)),
        taken(.exposure, "Minutes", "1440"),
        refused(.exposure, "Minutes", "1441", .outOfRange(.exposure, ExposureLog.minutes, line: nil)),
        // Diary card: 0–5, acted or not, the writer's own targets.
        taken(.diaryCard, "Sadness", "5"),
        refused(.diaryCard, "Sadness", "6", .outOfRange(.diaryCard, DiaryCard.sadness, line: nil)),
        taken(.diaryCard, "Urge to self-harm", "5 acted"),
        refused(.diaryCard, "Urge to self-harm", "6", .outOfRange(.diaryCard, DiaryCard.selfHarmUrge, line: nil)),
        refused(.diaryCard, "Suicidal urges", "3 maybe", .unreadable(.diaryCard, DiaryCard.suicideUrge, line: nil)),
        taken(.diaryCard, "Other urges", "binge eating 2 acted\nspending 0"),
        refused(.diaryCard, "Other urges", "spending 1\nbinge eating 6", .outOfRange(.diaryCard, DiaryCard.otherUrges, line: 2)),
        refused(.diaryCard, "Other emotions", "guilt -1", .outOfRange(.diaryCard, DiaryCard.otherEmotions, line: 1)),
        refused(.diaryCard, "Day", "tomorrow", .inFuture(.diaryCard, DiaryCard.day)),
        refused(.diaryCard, "Joy", "", .missing(.diaryCard, DiaryCard.joy)),
    ]

    @Test("each field at the ends of its range", arguments: boundaries)
    func eachFieldAtTheEndsOfItsRange(_ boundary: Boundary) throws {
        let reading = Result { try Forms.validated(boundary.kind, [(boundary.heading, boundary.text)]) }
        switch (reading, boundary.error) {
        case (.success, nil):
            break
        case (.failure(let error), let expected?):
            #expect(error as? WorksheetError == expected)
            let failure = try #require(error as? WorksheetError)
            #expect(failure.problem.hasSuffix("so nothing was stored"))
            if let field = expected.field { #expect(failure.problem.contains(field.title) || failure.problem.contains("minutes")) }
        case (.success, let expected?):
            Issue.record("taken, but should be refused with \(expected)")
        case (.failure(let error), nil):
            Issue.record("refused with \(error), but should be taken")
        }
    }

    @Test func aRangeErrorSaysTheRange() {
        #expect(
            WorksheetError.outOfRange(.sleep, SleepDiary.quality, line: nil).problem
                == "Quality is out of range: it takes a whole number from 1 (very poor) to 5 (very good), so nothing was stored")
        #expect(
            WorksheetError.outOfRange(.thoughtRecord, ThoughtRecord.moods, line: 2).problem
                == "Moods, line 2, is out of range: it takes a name and a whole number from 0 to 100 on each line, so nothing was stored")
        #expect(WorksheetError.unreadable(.sleep, SleepDiary.intoBed, line: nil).detail == "Into bed is not a time of day like 23:10, 7:05 or 11pm")
    }

    @Test func errorsNeverQuoteWhatWasWritten() {
        let secret = "my-secret-thought"
        for text in ["\(secret) 101", secret] {
            let error = #expect(throws: WorksheetError.self) { try Forms.validated(.thoughtRecord, [("Moods", text)]) }
            #expect(!(error?.problem ?? secret).contains(secret) && !(error?.advice ?? secret).contains(secret))
        }
    }

    @Test func aSingleThoughtIsTheHotOne() throws {
        let worksheet = try Forms.validated(.thoughtRecord)
        #expect(worksheet.values.thoughts(ThoughtRecord.automaticThoughts) == [Thought(text: "They think I am useless", isHot: true)])
    }

    @Test func aTimeTheClocksSkippedIsRefusedWithTheTimesAroundIt() {
        // 29 March 2026 in Berlin: clocks go from 02:00 to 03:00, so 02:30 that morning never was.
        let error = #expect(throws: WorksheetError.self) {
            try Forms.validated(.sleep, [("The night of", "2026-03-28"), ("Into bed", "23:00"), ("Tried to sleep", "2:30")])
        }
        let skipped = Day(number: CivilCalendar.dayNumber(year: 2026, month: 3, day: 29))
        #expect(error == .skippedTime(.sleep, SleepDiary.triedToSleep, day: skipped, from: "02:00", to: "03:00"))
    }

    @Test func importedTimesOutOfOrderAreRefused() throws {
        var values = try Forms.validated(.sleep).values
        values[SleepDiary.finalWaking] = .moment(Forms.moment("2026-11-27T23:20:00+01:00"))
        let worksheet = NewWorksheet(kind: .sleep, moment: Forms.moment("2026-11-27T23:10:00+01:00"), values: values)
        #expect(throws: WorksheetError.comesBefore(.sleep, SleepDiary.finalWaking, SleepDiary.triedToSleep)) {
            try worksheet.validated(now: Forms.now)
        }
        values = try Forms.validated(.sleep).values
        values[SleepDiary.outOfBed] = .moment(Forms.moment("2026-11-28T23:10:00+01:00"))
        #expect(throws: WorksheetError.moreThanADayAfter(.sleep, SleepDiary.outOfBed, SleepDiary.intoBed)) {
            try NewWorksheet(kind: .sleep, moment: Forms.moment("2026-11-27T23:10:00+01:00"), values: values).validated(now: Forms.now)
        }
    }

    // MARK: The form

    @Test func theFormHasAHeadingPerFieldAndItsHelpAsNotes() {
        for kind in WorksheetKind.allCases {
            let form = WorksheetForm.render(kind)
            let headings = form.split(separator: "\n").filter { $0.hasPrefix("## ") }
            #expect(headings.count == kind.fields.count, "\(kind)")
            for field in kind.fields {
                #expect(headings.contains { $0 == "## \(field.title)" + (field.isRequired ? "" : " (optional)") })
            }
            #expect(form.split(separator: "\n").allSatisfy { $0.hasPrefix("#") })
            #expect(throws: WorksheetError.missing(kind, kind.fields.first(where: \.isRequired)!)) {
                try Forms.reader(kind).worksheet(fromForm: form).validated(now: Forms.now)
            }
        }
    }

    @Test func aFilledFormReadsBackAsTheSameWorksheet() throws {
        for kind in WorksheetKind.allCases {
            var changes: [(String, String)] = []
            switch kind {
            case .thoughtRecord:
                changes = [
                    ("Moods", "anxious 80\nashamed 60"), ("Automatic thoughts", "I will be fired\n* They think I am useless"),
                    ("Evidence that supports the hot thought", "She frowned.\n# not a note: a line of mine\n\\backslash"),
                    ("Moods now", "anxious 40"),
                ]
            case .diaryCard:
                changes = [("Other urges", "binge eating 2 acted"), ("Skills used", "wise mind, TIP"), ("Other emotions", "guilt 3")]
            case .sleep:
                changes = [("Notes", "Coffee at 4pm.")]
            case .activity, .exposure:
                break
            }
            let first = try Forms.validated(kind, changes.map { ($0.0, $0.1.replacingOccurrences(of: "\n# not", with: "\n\\# not")) })
            let form = WorksheetForm.render(kind, filledWith: first.values)
            let again = try Forms.reader(kind).worksheet(fromForm: form).validated(now: Forms.now)
            #expect(again == first, "\(kind)")
        }
        let record = try Forms.validated(.thoughtRecord, [("Evidence that supports the hot thought", "\\# one\ntwo")])
        #expect(record.values.text(ThoughtRecord.evidenceFor) == "# one\ntwo")
    }

    @Test func headingsAreFoundInAnyCaseOrderAndByKey() throws {
        let form = "## quality\n4\n## OUT OF BED (optional)\n7:15\n" + Forms.form(.sleep).replacingOccurrences(of: "## Quality\n4\n", with: "")
            .replacingOccurrences(of: "## Out of bed\n7:15\n", with: "")
        let worksheet = try Forms.reader(.sleep).worksheet(fromForm: form).validated(now: Forms.now)
        #expect(worksheet.values.number(SleepDiary.quality) == 4)
        let byKey = try Forms.reader(.sleep).worksheet(fromForm: Forms.form(.sleep).replacingOccurrences(of: "## Quality", with: "## quality"))
        #expect(byKey.values.number(SleepDiary.quality) == 4)
    }

    @Test(
        "a form whose shape is wrong is refused by its line",
        arguments: [
            ("Stray text\n## Quality\n4\n", WorksheetError.textBeforeHeadings(.sleep, line: 1)),
            ("# a note\n\n## Bedtime story\nonce\n", .unknownHeading(.sleep, line: 3)),
            ("## Quality\n4\n## Quality\n5\n", .repeatedHeading(.sleep, SleepDiary.quality, line: 3)),
            ("  \n\n", .emptyForm(.sleep)),
        ])
    func aFormWhoseShapeIsWrongIsRefused(_ form: String, _ error: WorksheetError) {
        #expect(throws: error) { try Forms.reader(.sleep).worksheet(fromForm: form) }
    }

    @Test func theKindIsNamedAsTyped() throws {
        #expect(try WorksheetKind(typed: "Thought record") == .thoughtRecord)
        #expect(try WorksheetKind(typed: "diary-card") == .diaryCard)
        #expect(throws: WorksheetError.unknownKind("mood-log")) { try WorksheetKind(typed: "mood-log") }
        #expect(WorksheetError.unknownKind("x").advice.contains("thought-record, activity, sleep, exposure and diary-card"))
    }
}
