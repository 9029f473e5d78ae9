import Foundation
import Testing

@testable import JournalCore

/// What the digest derives from worksheets, against figures worked out by hand.
@Suite("Worksheets: derived figures")
struct WorksheetFiguresTests {
    typealias Forms = WorksheetForms

    func night(_ changes: [(String, String)]) throws -> SleepDiary.Night {
        try #require(SleepDiary.night(of: Forms.validated(.sleep, changes).preview))
    }

    // MARK: Sleep (Consensus Sleep Diary, Carney et al. 2012)

    @Test func aNightAcrossMidnight() throws {
        // In bed 23:10 to 07:15: 8 h 05 min = 485 min. From trying to sleep (23:30) to the final
        // waking (06:45): 7 h 15 min = 435 min, less 20 to fall asleep and 15 awake: 400 min.
        // Efficiency 400 / 485 × 100 = 82.474…%.
        let night = try night([])
        #expect(night.intoBed.localTime.iso8601 == "2026-11-27T23:10:00+01:00")
        #expect(night.outOfBed.localTime.iso8601 == "2026-11-28T07:15:00+01:00")
        #expect(night.timeInBed == 485)
        #expect(night.totalSleep == 400)
        #expect(abs(night.efficiency - 400.0 / 485.0 * 100) < 1e-9)
        #expect(WorksheetPhrases.percent(night.efficiency) == "82%")
    }

    @Test func aNightWhenTheClocksGoBack() throws {
        // 25 October 2026 in Berlin: at 03:00 the clocks go back to 02:00, so 23:00 to 07:00
        // is 9 hours in bed, not 8. Asleep from 23:30 (30 minutes to fall asleep) to 06:30 with
        // 20 minutes awake: 8 h − 20 min = 460 min. 460 / 540 × 100 = 85.185…%.
        let night = try night([
            ("The night of", "2026-10-24"), ("Into bed", "23:00"), ("Tried to sleep", "23:00"),
            ("Minutes to fall asleep", "30"), ("Minutes awake in the night", "20"), ("Final waking", "6:30"), ("Out of bed", "7:00"),
        ])
        #expect(night.intoBed.localTime.iso8601 == "2026-10-24T23:00:00+02:00")
        #expect(night.outOfBed.localTime.iso8601 == "2026-10-25T07:00:00+01:00")
        #expect(night.timeInBed == 540)
        #expect(night.totalSleep == 460)
        #expect(abs(night.efficiency - 460.0 / 540.0 * 100) < 1e-9)
    }

    @Test func aNightWhenTheClocksGoForward() throws {
        // 29 March 2026 in Berlin: at 02:00 the clocks go forward to 03:00: 23:00 to 07:00 is
        // 7 hours in bed. From 23:15 to 06:45 is 6 h 30 min by the clocks' change, less 15 to
        // fall asleep: 375 min; 375 / 420 × 100 = 89.285…%.
        let night = try night([
            ("The night of", "2026-03-28"), ("Into bed", "23:00"), ("Tried to sleep", "23:15"),
            ("Minutes to fall asleep", "15"), ("Minutes awake in the night", "0"), ("Final waking", "6:45"), ("Out of bed", "7:00"),
        ])
        #expect(night.timeInBed == 420)
        #expect(night.totalSleep == 375)
        #expect(abs(night.efficiency - 375.0 / 420.0 * 100) < 1e-9)
    }

    @Test func aNightThatStartsAfterMidnightIsOnTheMorningAfter() throws {
        let night = try night([
            ("Into bed", "1:30"), ("Tried to sleep", "1:45"), ("Minutes to fall asleep", "10"), ("Minutes awake in the night", "0"),
            ("Final waking", "9:00"), ("Out of bed", "9:30"),
        ])
        #expect(night.night == Day(number: CivilCalendar.dayNumber(year: 2026, month: 11, day: 27)))
        #expect(night.intoBed.localTime.iso8601 == "2026-11-28T01:30:00+01:00")
        #expect(night.timeInBed == 480)
        #expect(night.totalSleep == 425)
    }

    @Test func theAveragesAreOfTheNights() throws {
        let first = try night([])  // 485 in bed, 400 asleep, quality 4
        let second = try night([("The night of", "2026-11-26"), ("Minutes awake in the night", "55"), ("Quality", "2")])  // 360 asleep
        let averages = try #require(SleepDiary.Averages([first, second]))
        #expect(averages.nightCount == 2)
        #expect(averages.timeInBed == 485)
        #expect(averages.totalSleep == 380)
        #expect(abs(averages.efficiency - (400.0 / 485 + 360.0 / 485) / 2 * 100) < 1e-9)
        #expect(averages.quality == 3)
        #expect(SleepDiary.Averages([]) == nil)
    }

    // MARK: Thought record (Greenberger & Padesky)

    @Test func theBeliefAndEachMoodBeforeAndAfter() throws {
        let record = try Forms.validated(.thoughtRecord, [
            ("Moods", "Anxious 80\nashamed 60"), ("Automatic thoughts", "I will be fired\n* They think I am useless"),
            ("Belief in the hot thought", "90"), ("Moods now", "anxious 40\nrelieved 50"), ("Belief in the hot thought now", "40"),
        ])
        let changes = ThoughtRecord.changes(of: record.values)
        #expect(changes.hotThought == "They think I am useless")
        #expect(changes.beliefBefore == 90 && changes.beliefAfter == 40 && changes.beliefChange == -50)
        #expect(changes.moods == [
            .init(name: "Anxious", before: 80, after: 40), .init(name: "ashamed", before: 60, after: nil),
            .init(name: "relieved", before: nil, after: 50),
        ])
        #expect(WorksheetPhrases.moodChanges(changes.moods) == "Anxious 80 → 40, ashamed 60, relieved – → 50")
        let unrated = ThoughtRecord.changes(of: try Forms.validated(.thoughtRecord).values)
        #expect(unrated.beliefAfter == nil && unrated.beliefChange == nil)
    }

    // MARK: Activities (behavioural activation)

    @Test func theActivitiesOnAverageMostEnjoyedAndPlanned() throws {
        func activity(_ name: String, mastery: Int, pleasure: Int, before: Int?, after: Int?, planned: Bool) throws -> Worksheet {
            var changes = [("What I did", name), ("Mastery", "\(mastery)"), ("Pleasure", "\(pleasure)"), ("Planned beforehand", planned ? "yes" : "no")]
            if let before { changes.append(("Mood before", "\(before)")) }
            if let after { changes.append(("Mood after", "\(after)")) }
            return try Forms.validated(.activity, changes).preview
        }
        let activities = [
            try activity("walk", mastery: 4, pleasure: 9, before: 4, after: 6, planned: true),
            try activity("dishes", mastery: 6, pleasure: 2, before: 5, after: 4, planned: false),
            try activity("call Anna", mastery: 2, pleasure: 8, before: nil, after: 7, planned: true),
            try activity("cooking", mastery: 8, pleasure: 9, before: 3, after: 6, planned: false),
        ]
        let summary = try #require(ActivityLog.summary(of: activities))
        #expect(summary.count == 4)
        #expect(summary.averageMastery == 5)  // (4 + 6 + 2 + 8) / 4
        #expect(summary.averagePleasure == 7)  // (9 + 2 + 8 + 9) / 4
        #expect(summary.averageMoodChange == 4.0 / 3)  // (2 − 1 + 3) / 3 with both
        #expect(summary.moodRatedCount == 3)
        #expect(summary.mostPleasure.map { $0.values.text(ActivityLog.activity) } == ["walk", "cooking", "call Anna"])
        #expect(summary.plannedCount == 2)
        #expect(summary.plannedAveragePleasure == 8.5 && summary.unplannedAveragePleasure == 5.5)
        #expect(ActivityLog.summary(of: []) == nil)
    }

    // MARK: Exposures (SUDS)

    @Test func repeatsOfASituationAreOneSeries() throws {
        func exposure(_ situation: String, peak: Int, end: Int) throws -> Worksheet {
            try Forms.validated(.exposure, [("Situation faced", situation), ("Peak distress", "\(peak)"), ("Distress at the end", "\(end)")])
                .preview
        }
        let series = ExposureLog.series(of: [
            try exposure("Riding the bus two stops", peak: 80, end: 60),
            try exposure("the supermarket", peak: 70, end: 30),
            try exposure("riding  the bus two stops.", peak: 65, end: 40),
            try exposure("Riding the bus two stops", peak: 50, end: 25),
        ])
        #expect(series.map(\.situation) == ["Riding the bus two stops", "the supermarket"])
        #expect(series[0].attempts.map(\.peak) == [80, 65, 50] && series[0].attempts.map(\.end) == [60, 40, 25])
        #expect(WorksheetPhrases.exposureSeries(series[0]) == "peak 80 → 65 → 50; end 60 → 40 → 25")
    }

    // MARK: Diary card (DBT)

    @Test(
        "a diary card calls for the plan at a suicidal urge above 0 or an urge to self-harm acted on",
        arguments: [
            ("0", "0", false), ("1", "0", true), ("5 acted", "0", true), ("0", "5", false), ("0", "0 acted", true),
            ("0", "3 acted", true),
        ])
    func aDiaryCardCallsForThePlan(suicidal: String, selfHarm: String, calls: Bool) throws {
        let card = try Forms.validated(.diaryCard, [("Suicidal urges", suicidal), ("Urge to self-harm", selfHarm)]).preview
        #expect(card.callsForThePlan == calls)
        #expect((WorksheetPhrases.urgeNotice([card]) != nil) == calls)
    }

    @Test func theGridRunsFromTheFirstCardToTheLastDay() throws {
        let first = try Forms.validated(.diaryCard, [("Day", "2026-11-25")]).preview
        let second = try Forms.validated(.diaryCard, [("Day", "2026-11-27"), ("Sadness", "5")]).preview
        let lastDay = Day(number: CivilCalendar.dayNumber(year: 2026, month: 11, day: 29))
        let grid = try #require(DiaryCard.grid(of: [second, first], through: lastDay))
        #expect(grid.days.map(\.day.dayOfMonth) == [25, 26, 27, 28, 29])
        #expect(grid.days.map { $0.card != nil } == [true, false, true, false, false])
        #expect(grid.days[2].card?.values.number(DiaryCard.sadness) == 5)
        #expect(DiaryCard.grid(of: [], through: lastDay) == nil)
    }
}
