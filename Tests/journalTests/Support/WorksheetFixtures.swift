import Foundation
import Testing

/// A worksheet of each kind as a person fills it in, field by field in the order `journal`
/// asks them: the heading and what is written under it ("" leaves it empty). Dates are typed
/// relative to today; the sleep diary's night is one of last winter, so that no clock change
/// falls in it whenever the tests run.
enum WorksheetFixtures {
    static let kinds = ["thought-record", "activity", "sleep", "exposure", "diary-card"]

    /// The diary card's day, two days ago: worked out once, so that every test of a run types
    /// and expects the same day.
    static let diaryCardDay = Days.day(of: Date(), plus: -2)

    /// The headings whose answers are lists, typed a line at a time up to an empty line.
    static let listHeadings: Set = ["Moods", "Automatic thoughts", "Moods now", "Other emotions", "Other urges"]

    static func answers(_ kind: String) -> [(heading: String, answer: String)] {
        switch kind {
        case "thought-record":
            [
                ("When", "yesterday 18:00"), ("Situation", "Meeting with my manager about the late report"),
                ("Moods", "anxious 80\nashamed 60"), ("Automatic thoughts", "I will be fired\n* They think I am useless"),
                ("Belief in the hot thought", "90"), ("Evidence that supports the hot thought", "She frowned."),
                ("Evidence that does not support the hot thought", "She praised my last project."),
                ("Balanced thought", "One late report does not undo a year of work."), ("Belief in the balanced thought", "70"),
                ("Moods now", "anxious 40\nashamed 30"), ("Belief in the hot thought now", "40"),
            ]
        case "activity":
            [
                ("When", "yesterday 15:00"), ("What I did", "Walk in the park with Sam"), ("Mastery", "4"), ("Pleasure", "9"),
                ("Mood before", "4"), ("Mood after", "6"), ("Planned beforehand", "yes"),
            ]
        case "sleep":
            [
                ("The night of", Days.lastWinter), ("Into bed", "23:10"), ("Tried to sleep", "23:30"),
                ("Minutes to fall asleep", "20"), ("Times woken", "2"), ("Minutes awake in the night", "15"),
                ("Final waking", "6:45"), ("Out of bed", "7:15"), ("Quality", "4"), ("Notes", "Coffee at 4pm."),
            ]
        case "exposure":
            [
                ("When", "yesterday 10:00"), ("Situation faced", "Riding the bus two stops"), ("Distress predicted", "90"),
                ("Peak distress", "80"), ("Distress at the end", "50"), ("Minutes", "20"),
                ("Safety behaviours dropped", "Did not sit by the door"), ("What I learned", "The panic peaked and passed."),
            ]
        default:
            [
                ("Day", diaryCardDay), ("Sadness", "3"), ("Anger", "1"), ("Fear", "2"), ("Shame", "0"), ("Joy", "1"),
                ("Other emotions", "guilt 3"), ("Urge to self-harm", "0"), ("Suicidal urges", "0"),
                ("Urge to use substances", "0"), ("Other urges", "binge eating 2 acted"), ("Skills used", "wise mind, TIP"),
                ("Notes", "A hard evening."),
            ]
        }
    }

    /// The filled-in form, with `changes` (heading, text) in place of those fields.
    static func form(_ kind: String, _ changes: [(String, String)] = []) -> String {
        answers(kind).map { field in
            let text = changes.first { $0.0 == field.heading }?.1 ?? field.answer
            return "## \(field.heading)\n\(text)\n"
        }.joined(separator: "\n")
    }

    /// What `worksheet show ID --format json` holds for the worksheet of `answers(kind)`.
    static func expectFields(_ kind: String, in worksheet: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fields = try #require(worksheet["fields"] as? [String: Any], sourceLocation: sourceLocation)
        let figures = try #require(worksheet["figures"] as? [String: Any], sourceLocation: sourceLocation)
        #expect(worksheet["kind"] as? String == kind, sourceLocation: sourceLocation)
        switch kind {
        case "thought-record":
            #expect(fields["situation"] as? String == "Meeting with my manager about the late report", sourceLocation: sourceLocation)
            #expect((fields["moods"] as? [[String: Any]])?.map { $0["rating"] as? Int } == [80, 60], sourceLocation: sourceLocation)
            #expect(figures["hotThought"] as? String == "They think I am useless", sourceLocation: sourceLocation)
            #expect(figures["beliefChange"] as? Int == -50, sourceLocation: sourceLocation)
        case "activity":
            #expect(fields["activity"] as? String == "Walk in the park with Sam", sourceLocation: sourceLocation)
            #expect(fields["planned"] as? Bool == true && fields["pleasure"] as? Int == 9, sourceLocation: sourceLocation)
            #expect(figures["moodChange"] as? Int == 2, sourceLocation: sourceLocation)
        case "sleep":
            #expect(fields["night"] as? String == Days.lastWinter, sourceLocation: sourceLocation)
            #expect(fields["intoBed"] as? String == Days.lastWinter + "T23:10:00+01:00", sourceLocation: sourceLocation)
            #expect(fields["notes"] as? String == "Coffee at 4pm.", sourceLocation: sourceLocation)
            #expect(figures["timeInBedMinutes"] as? Int == 485, sourceLocation: sourceLocation)
            #expect(figures["totalSleepMinutes"] as? Int == 400, sourceLocation: sourceLocation)
            #expect(figures["sleepEfficiency"] as? Double == 82.47, sourceLocation: sourceLocation)
        case "exposure":
            #expect(fields["situation"] as? String == "Riding the bus two stops", sourceLocation: sourceLocation)
            #expect(fields["peakDistress"] as? Int == 80 && fields["minutes"] as? Int == 20, sourceLocation: sourceLocation)
            #expect(figures["peakAgainstPredicted"] as? Int == -10, sourceLocation: sourceLocation)
        default:
            #expect(fields["day"] as? String == diaryCardDay, sourceLocation: sourceLocation)
            #expect(fields["sadness"] as? Int == 3 && fields["joy"] as? Int == 1, sourceLocation: sourceLocation)
            let urges = try #require(fields["otherUrges"] as? [[String: Any]], sourceLocation: sourceLocation)
            #expect(urges.first?["name"] as? String == "binge eating" && urges.first?["acted"] as? Bool == true, sourceLocation: sourceLocation)
            #expect(fields["skills"] as? [String] == ["wise mind", "TIP"], sourceLocation: sourceLocation)
            #expect(figures["callsForThePlan"] as? Bool == false, sourceLocation: sourceLocation)
        }
    }
}

extension Sandbox {
    /// The worksheet `id` as `worksheet show --format json` prints it.
    func worksheet(_ id: Int = 1) throws -> [String: Any] {
        let shown = try run("worksheet", "show", "\(id)", "--format", "json")
        try #require(shown.succeeded, "\(shown.errors)")
        return try #require(try shown.json() as? [String: Any])
    }

    /// Runs `arguments` with `input` on standard input, which must fail with a `journal:`
    /// message containing `message` and leave the journal exactly as it was.
    func expectRefusal(
        _ arguments: [String], input: String, containing message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = databaseSnapshot()
        let outcome = try run(arguments, input: Data(input.utf8))
        #expect(!outcome.succeeded, sourceLocation: sourceLocation)
        #expect(outcome.errors.hasPrefix("journal: "), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(outcome.errors.contains(message), "stderr: \(outcome.errors)", sourceLocation: sourceLocation)
        #expect(databaseSnapshot() == before, "the journal changed", sourceLocation: sourceLocation)
    }
}
