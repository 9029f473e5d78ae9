import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite("Check-ins: scoring, bands and storage")
struct CheckInTests {
    let store: JournalStore
    /// Sunday 29 November 2026, 12:00 in Berlin.
    let now = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00+01:00")!

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    @discardableResult
    func checkIn(_ instrument: Instrument, _ answers: [Int], daysAgo: Double = 0) throws -> CheckInTrend {
        try store.addCheckIn(
            NewCheckIn(
                instrument: instrument, answers: answers, moment: Moment(now.addingTimeInterval(-daysAgo * 86_400), utcOffsetSeconds: 3600)),
            now: now)
    }

    // MARK: The instruments

    @Test func theItemsAreThePublishedOnes() {
        #expect(Instrument.phq9.items.count == 9)
        #expect(Instrument.gad7.items.count == 7)
        #expect(Instrument.phq9.stem == "Over the last 2 weeks, how often have you been bothered by any of the following problems?")
        #expect(Instrument.gad7.stem == "Over the last 2 weeks, how often have you been bothered by the following problems?")
        #expect(Instrument.phq9.items.first == "Little interest or pleasure in doing things")
        #expect(Instrument.phq9.items.last == "Thoughts that you would be better off dead or of hurting yourself in some way")
        #expect(Instrument.gad7.items.first == "Feeling nervous, anxious or on edge")
        #expect(Instrument.gad7.items.last == "Feeling afraid as if something awful might happen")
        #expect(Instrument.answers == ["Not at all", "Several days", "More than half the days", "Nearly every day"])
        #expect(Instrument.phq9.maximumTotal == 27)
        #expect(Instrument.gad7.maximumTotal == 21)
        #expect(Instrument.attribution.contains("Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke"))
        #expect(Instrument.attribution.contains("No permission required to reproduce, translate, display or distribute"))
    }

    @Test(
        "PHQ-9 bands at every cut point",
        arguments: [
            (0, SeverityBand.minimal), (4, .minimal), (5, .mild), (9, .mild), (10, .moderate), (14, .moderate),
            (15, .moderatelySevere), (19, .moderatelySevere), (20, .severe), (27, .severe),
        ])
    func phq9Bands(total: Int, band: SeverityBand) {
        #expect(Instrument.phq9.band(forTotal: total) == band)
    }

    @Test(
        "GAD-7 bands at every cut point",
        arguments: [
            (0, SeverityBand.minimal), (4, .minimal), (5, .mild), (9, .mild), (10, .moderate), (14, .moderate),
            (15, .severe), (21, .severe),
        ])
    func gad7Bands(total: Int, band: SeverityBand) {
        #expect(Instrument.gad7.band(forTotal: total) == band)
    }

    // MARK: Answers as typed

    @Test func answersAreReadWithOrWithoutSpaces() throws {
        #expect(try Instrument.gad7.parseAnswers("1,0,2,3,0,1,2") == [1, 0, 2, 3, 0, 1, 2])
        #expect(try Instrument.gad7.parseAnswers(" 1, 0 ,2,3,0,1, 2\n") == [1, 0, 2, 3, 0, 1, 2])
    }

    @Test(
        "wrong answers are refused by position, never quoting them",
        arguments: [
            ("1,0,2", CheckInError.wrongAnswerCount(.phq9, given: 3)),
            ("", .wrongAnswerCount(.phq9, given: 0)),
            ("1,0,2,1,0,0,1,1,1,1", .wrongAnswerCount(.phq9, given: 10)),
            ("1,0,2,1,4,0,1,1,1", .answerOutOfRange(.phq9, position: 5)),
            ("1,0,2,1,0,0,1,1,-1", .answerOutOfRange(.phq9, position: 9)),
            ("1,0,x,1,0,0,1,1,1", .answerNotANumber(.phq9, position: 3)),
            ("1,0,,1,0,0,1,1,1", .answerNotANumber(.phq9, position: 3)),
            ("1,0,2.5,1,0,0,1,1,1", .answerNotANumber(.phq9, position: 3)),
        ])
    func wrongAnswers(typed: String, error: CheckInError) {
        #expect(throws: error) { try Instrument.phq9.parseAnswers(typed) }
        #expect(!error.problem.contains(typed) || typed.isEmpty)
        #expect(error.advice.contains("journal check-in phq9 --answers 0,1,2,3,0,1,2,3,0"))
    }

    @Test func theCountIsNamedPlainly() {
        #expect(
            CheckInError.wrongAnswerCount(.gad7, given: 1).problem
                == "the GAD-7 has 7 items, but 1 answer was given, so nothing was stored")
        #expect(CheckInError.answerOutOfRange(.gad7, position: 2).problem.contains("answer 2 is out of range"))
    }

    // MARK: Storage

    @Test func aCheckInIsStoredWithEveryAnswerItsTotalAndBand() throws {
        let stored = try checkIn(.phq9, [3, 3, 2, 2, 1, 1, 0, 0, 1])
        #expect(stored.checkIn.id == 1)
        #expect(stored.checkIn.answers == [3, 3, 2, 2, 1, 1, 0, 0, 1])
        #expect(stored.checkIn.total == 13)
        #expect(stored.checkIn.band == .moderate)
        #expect(stored.checkIn.date == now)
        #expect(stored.checkIn.moment.utcOffsetSeconds == 3600)
        #expect(stored.previous == nil)
        #expect(stored.change == nil)
        #expect(try store.checkInTrends() == [stored])
        let rows = try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT item, answer FROM checkInAnswer ORDER BY item")
        }
        #expect(rows.map { $0["item"] as Int } == Array(1...9))
    }

    @Test func invalidCheckInsAreRefusedAndStoreNothing() throws {
        let date = now
        #expect(throws: CheckInError.wrongAnswerCount(.gad7, given: 6)) {
            try store.addCheckIn(NewCheckIn(instrument: .gad7, answers: [0, 0, 0, 0, 0, 0], moment: Moment(date, utcOffsetSeconds: 0)), now: date)
        }
        #expect(throws: CheckInError.answerOutOfRange(.gad7, position: 7)) {
            try store.addCheckIn(NewCheckIn(instrument: .gad7, answers: [0, 0, 0, 0, 0, 0, 4], moment: Moment(date, utcOffsetSeconds: 0)), now: date)
        }
        #expect(throws: CheckInError.dateInFuture) {
            try store.addCheckIn(
                NewCheckIn(instrument: .gad7, answers: [0, 0, 0, 0, 0, 0, 0], moment: Moment(date.addingTimeInterval(3600), utcOffsetSeconds: 0)),
                now: date)
        }
        #expect(try store.checkInTrends().isEmpty)
    }

    @Test func eachChangeIsMeasuredFromThePreviousOfTheSameInstrument() throws {
        try checkIn(.phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0], daysAgo: 14)
        try checkIn(.gad7, [2, 2, 2, 2, 2, 2, 2], daysAgo: 10)
        try checkIn(.phq9, [2, 2, 2, 1, 1, 1, 1, 1, 0], daysAgo: 7)
        try checkIn(.gad7, [1, 1, 1, 1, 1, 1, 1], daysAgo: 3)
        // Back-dated: it comes between the first two PHQ-9s.
        let backDated = try checkIn(.phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0], daysAgo: 10)
        #expect(backDated.previous?.total == 8)
        #expect(backDated.change == -8)

        let trends = try store.checkInTrends()
        #expect(trends.map(\.checkIn.instrument) == [.phq9, .gad7, .phq9, .phq9, .gad7])
        #expect(trends.map(\.checkIn.total) == [8, 14, 0, 11, 7])
        #expect(trends.map(\.change) == [nil, nil, -8, 11, -7])
        try #require(trends.count == 5)
        #expect(trends[3].previous?.id == backDated.checkIn.id)
    }

    @Test func onlyPHQ9sLastItemAboveZeroReportsThoughtsOfSelfHarm() throws {
        #expect(try checkIn(.phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]).checkIn.reportsThoughtsOfSelfHarm)
        #expect(try checkIn(.phq9, [0, 0, 0, 0, 0, 0, 0, 0, 3]).checkIn.callsForThePlan)
        #expect(!(try checkIn(.phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).checkIn.reportsThoughtsOfSelfHarm))
        #expect(!(try checkIn(.gad7, [3, 3, 3, 3, 3, 3, 3]).checkIn.callsForThePlan))
    }

    // MARK: Rendering

    @Test func theResultSaysItIsNotADiagnosis() throws {
        try checkIn(.phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0], daysAgo: 14)
        let result = CheckInRendering.result(try checkIn(.phq9, [2, 2, 2, 1, 1, 1, 1, 1, 0]))
        #expect(
            result == """
                Stored check-in 2 · Sun 29 Nov 2026, 12:00
                PHQ-9: 11 of 27, moderate — up 3 since Sun 15 Nov 2026 (8, mild).
                This is a score to talk over with your therapist, not a diagnosis.

                """)
    }

    @Test func theListLinesUpAndTheJSONHasAnswers() throws {
        try checkIn(.phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0], daysAgo: 14)
        try checkIn(.phq9, [3, 3, 3, 3, 3, 2, 2, 0, 0], daysAgo: 7)
        try checkIn(.gad7, [0, 0, 0, 0, 0, 0, 0])
        let trends = try store.checkInTrends()
        let text = CheckInRendering.list(trends, format: .text, style: .plain)
        #expect(
            text == """
                #1  Sun 15 Nov 2026, 12:00  PHQ-9   8 of 27  mild               first
                #2  Sun 22 Nov 2026, 12:00  PHQ-9  19 of 27  moderately severe  up 11
                #3  Sun 29 Nov 2026, 12:00  GAD-7   0 of 21  minimal            first
                These are scores to talk over with your therapist, not a diagnosis.

                """)
        let json = CheckInRendering.list(trends, format: .json, style: .plain)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(decoded.map { $0["instrument"] as? String } == ["phq9", "phq9", "gad7"])
        try #require(decoded.count == 3)
        #expect(decoded[1]["answers"] as? [Int] == [3, 3, 3, 3, 3, 2, 2, 0, 0])
        #expect(decoded[1]["total"] as? Int == 19)
        #expect(decoded[1]["band"] as? String == "moderately severe")
        #expect(decoded[1]["change"] as? Int == 11)
        #expect(decoded[0]["change"] is NSNull)
        #expect(decoded[0]["date"] as? String == "2026-11-15T12:00:00+01:00")
        #expect(CheckInRendering.list([], format: .json, style: .plain) == "[]\n")
        #expect(CheckInRendering.list([], format: .text, style: .plain).hasPrefix("No check-ins yet."))
    }

    @Test func eachItemIsAskedWithItsNumberAndTheFourAnswers() {
        let style = TextStyle(usesColor: false, showsControlCharacters: true, width: 80)
        let item = CheckInRendering.item(8, of: .phq9, style: style)
        #expect(item.contains("9/9  Thoughts that you would be better off dead"))
        #expect(item.contains("0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day"))
        let introduction = CheckInRendering.introduction(.gad7, style: style)
        #expect(introduction.contains("GAD-7, 7 items."))
        #expect(introduction.contains("how often have you been bothered"))
    }
}
