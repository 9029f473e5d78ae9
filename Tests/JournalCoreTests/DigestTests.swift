import Foundation
import Testing

@testable import JournalCore

@Suite("The digest since the last session")
struct DigestTests {
    let store: JournalStore
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// Sunday 29 November 2026, 12:00 in Berlin.
    let now = ISO8601DateFormatter().date(from: "2026-11-29T12:00:00+01:00")!

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    @discardableResult
    func add(
        _ text: String, at iso: String, mood: Int? = nil, feelings: [String] = [], flagged: Bool = false,
        isPrivate: Bool = false
    ) throws -> Entry {
        let instant = date(iso)
        let offset = ISO8601DateFormatter.offsetSeconds(of: iso)
        return try store.add(
            NewEntry(
                text: text, mood: mood, feelings: feelings, moment: Moment(instant, utcOffsetSeconds: offset),
                isFlagged: flagged, isPrivate: isPrivate),
            now: now)
    }

    func session(at iso: String) throws {
        _ = try store.addSession(at: Moment(date(iso), utcOffsetSeconds: 3600), note: nil, now: now)
    }

    func digest(since: Date? = nil, includingPrivate: Bool = false) throws -> Digest {
        try store.digest(DigestRequest(since: since, includesPrivate: includingPrivate, now: now, timeZone: berlin))
    }

    @Test func everySectionIsThereInTheDigestsOrderEvenWhenEmpty() throws {
        let names = try digest().sections.map { section in
            switch section {
            case .raiseFirst: "raise first"
            case .urgesToRaise: "urges to raise"
            case .messages: "messages"
            case .topics: "topics"
            case .homework: "homework"
            case .flagged: "flagged"
            case .mood: "mood"
            case .checkIns: "check-ins"
            case .worksheets: "worksheets"
            case .feelingsAndTags: "feelings and tags"
            case .hardestMoments: "hardest moments"
            case .otherEntries: "other entries"
            }
        }
        #expect(names == [
            "raise first", "urges to raise", "messages", "topics", "homework", "flagged", "mood", "check-ins", "worksheets", "feelings and tags",
            "hardest moments", "other entries",
        ])
    }

    @Test func anEmptyJournalSaysSoAndStillShowsTopics() throws {
        _ = try store.addTopic("ask about sleep", now: now)
        let digest = try digest()
        #expect(digest.isEmpty)
        #expect(digest.periodStart == .firstEntry)
        #expect(digest.topics.map(\.text) == ["ask about sleep"])
        #expect(digest.mood.average == nil)
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.contains("No entries in this period."))
        #expect(text.contains("ask about sleep"))
        #expect(text.contains("No entries, so no mood."))
    }

    @Test func withoutASessionThePeriodStartsAtTheFirstEntry() throws {
        try add("first", at: "2026-11-10T09:00:00+01:00", mood: 4)
        try add("second", at: "2026-11-20T09:00:00+01:00", mood: 6)
        let digest = try digest()
        #expect(digest.periodStart == .firstEntry)
        #expect(digest.period.start == date("2026-11-10T09:00:00+01:00"))
        #expect(digest.entries.map(\.text) == ["first", "second"])
        #expect(digest.lastSession == nil)
    }

    @Test func aSessionInTheMiddleOfADaySplitsThatDay() throws {
        try add("morning, before the session", at: "2026-11-26T09:00:00+01:00", mood: 3)
        try session(at: "2026-11-26T14:00:00+01:00")
        try add("evening, after it", at: "2026-11-26T21:00:00+01:00", mood: 7)
        let digest = try digest()
        #expect(digest.periodStart == .lastSession)
        #expect(digest.entries.map(\.text) == ["evening, after it"])
        #expect(digest.mood.previousAverage == 3)
        #expect(digest.mood.change == 4)
    }

    @Test func entriesWithoutMoodDoNotDivideByZero() throws {
        try add("no mood here", at: "2026-11-27T10:00:00+01:00")
        try add("nor here", at: "2026-11-28T10:00:00+01:00")
        let digest = try digest()
        #expect(digest.mood.count == 0)
        #expect(digest.mood.average == nil)
        #expect(digest.hardestMoments.isEmpty)
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.contains("None of the entries has a mood rating."))
        #expect(!text.contains("nan"))
        let json = DigestRendering.render(digest, format: .json, brief: false, style: .plain)
        #expect(json.contains("\"average\": null"))
    }

    @Test func anEntryBackDatedIntoAnEarlierPeriodStaysThere() throws {
        try session(at: "2026-11-20T17:00:00+01:00")
        try add("written today about last week", at: "2026-11-18T20:00:00+01:00", mood: 2)
        try add("this week", at: "2026-11-25T20:00:00+01:00", mood: 6)
        let digest = try digest()
        #expect(digest.entries.map(\.text) == ["this week"])
        #expect(digest.mood.previousAverage == 2)
    }

    @Test func anEntryWrittenElsewhereShowsItsOwnLocalTime() throws {
        try add("in New York", at: "2026-11-27T22:30:00-05:00", mood: 5)
        let digest = try digest()
        let entry = try #require(digest.entries.first)
        #expect(entry.localTime.iso8601 == "2026-11-27T22:30:00-05:00")
        #expect(digest.mood.daily.map(\.day.isoDay) == ["2026-11-27"], "the day the writer saw")
        let text = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(text.contains("Fri 27 Nov 2026, 22:30"))
    }

    @Test func privateEntriesAreCountedButNeverShown() throws {
        try add("my secret #hidden", at: "2026-11-27T10:00:00+01:00", mood: 1, feelings: ["ashamed"], isPrivate: true)
        let digest = try digest()
        #expect(digest.entries.isEmpty)
        #expect(digest.privateExcluded == 1)
        #expect(digest.mood.count == 0, "a private mood would tell what the entry was like")
        for format in DigestFormat.allCases {
            let rendered = DigestRendering.render(digest, format: format, brief: false, style: .plain)
            #expect(!rendered.contains("secret"))
            #expect(!rendered.contains("hidden"))
            #expect(!rendered.contains("ashamed"))
            #expect(!rendered.contains("27 Nov") && !rendered.contains("2026-11-27T10"))
        }
        let included = try self.digest(includingPrivate: true)
        #expect(included.entries.map(\.text) == ["my secret #hidden"])
        #expect(included.privateExcluded == 0)
    }

    @Test func sectionsPickTheRightEntries() throws {
        try session(at: "2026-11-20T17:00:00+01:00")
        try add("good day", at: "2026-11-21T10:00:00+01:00", mood: 8, feelings: ["calm"])
        try add("flagged low", at: "2026-11-22T10:00:00+01:00", mood: 1, feelings: ["anxious"], flagged: true)
        try add("bad day", at: "2026-11-23T10:00:00+01:00", mood: 2, feelings: ["anxious", "tired"])
        try add("worse day", at: "2026-11-24T10:00:00+01:00", mood: 2, feelings: ["tired"])
        try add("meh", at: "2026-11-25T10:00:00+01:00", mood: 5)
        try add("unrated", at: "2026-11-26T10:00:00+01:00")
        let digest = try digest()

        #expect(digest.flagged.map(\.text) == ["flagged low"])
        #expect(
            digest.hardestMoments.map(\.text) == ["flagged low", "bad day", "worse day"],
            "the lowest below the average 3.6, the flagged one too")
        #expect(digest.hardestShownAbove == [digest.flagged[0].id], "shown under flagged, referred to there")
        #expect(digest.otherEntries.map(\.text) == ["good day", "meh", "unrated"])
        #expect(digest.mood.count == 5)
        #expect(digest.mood.average == 3.6)
        #expect(digest.mood.lowest?.text == "flagged low")
        #expect(digest.mood.highest?.text == "good day")
        #expect(digest.feelings == [
            LabelCount(name: "anxious", count: 2), LabelCount(name: "tired", count: 2), LabelCount(name: "calm", count: 1),
        ])
        #expect(digest.dayCount == 6)
        #expect(digest.mood.days.count == 10, "20 to 29 November")
        #expect(digest.mood.days.filter { $0.average == nil }.count == 5)
    }

    @Test func sinceOverridesTheSessionAndComparesWithAsLongBefore() throws {
        try session(at: "2026-11-27T17:00:00+01:00")
        try add("ten days ago", at: "2026-11-19T12:00:00+01:00", mood: 3)
        try add("four days ago", at: "2026-11-25T12:00:00+01:00", mood: 6)
        let digest = try digest(since: date("2026-11-22T12:00:00+01:00"))
        #expect(digest.periodStart == .requested)
        #expect(digest.entries.map(\.text) == ["four days ago"])
        #expect(digest.mood.previousPeriod.start == date("2026-11-15T12:00:00+01:00"))
        #expect(digest.mood.previousAverage == 3)
    }

    @Test func topicsStayUntilDone() throws {
        let topic = try store.addTopic("  sleep meds \n", now: now)
        _ = try store.addTopic("work", now: now)
        #expect(try digest().topics.map(\.text) == ["sleep meds", "work"])
        _ = try store.completeTopic(id: topic.id, now: now)
        #expect(try digest().topics.map(\.text) == ["work"])
        #expect(throws: TopicError.alreadyDone(topic.id)) { try store.completeTopic(id: topic.id, now: now) }
        #expect(throws: TopicError.empty) { try store.addTopic("  ", now: now) }
    }

    @Test func sessionsHeldInTheFutureAreRefusedAndTheNextOneIsShown() throws {
        #expect(throws: SessionError.heldInFuture) {
            try store.addSession(at: Moment(now.addingTimeInterval(3600), utcOffsetSeconds: 3600), note: nil, now: now)
        }
        #expect(throws: SessionError.plannedInPast) {
            try store.planNextSession(at: Moment(now.addingTimeInterval(-3600), utcOffsetSeconds: 3600), now: now)
        }
        _ = try store.planNextSession(at: Moment(now.addingTimeInterval(86_400), utcOffsetSeconds: 3600), now: now)
        let next = try store.planNextSession(at: Moment(now.addingTimeInterval(2 * 86_400), utcOffsetSeconds: 3600), now: now)
        #expect(try digest().nextSession == next, "a new plan replaces the old one")
        #expect(try store.sessionOverview(now: now).next == next)
    }

    @Test func sessionListCountsTheEntriesBetweenSessions() throws {
        try add("a", at: "2026-11-01T10:00:00+01:00")
        try session(at: "2026-11-05T17:00:00+01:00")
        try add("b", at: "2026-11-06T10:00:00+01:00")
        try add("c", at: "2026-11-07T10:00:00+01:00")
        try session(at: "2026-11-12T17:00:00+01:00")
        try add("d", at: "2026-11-13T10:00:00+01:00")
        let overview = try store.sessionOverview(now: now)
        #expect(overview.held.map(\.entriesBefore) == [1, 2])
        #expect(overview.entriesSinceLast == 1)
    }

    // MARK: Check-ins

    /// Wide enough that no line of these digests wraps.
    let wide = TextStyle(usesColor: false, showsControlCharacters: false, width: 200)

    @discardableResult
    func checkIn(_ instrument: Instrument, _ answers: [Int], at iso: String) throws -> CheckIn {
        try store.addCheckIn(
            NewCheckIn(
                instrument: instrument, answers: answers, moment: Moment(date(iso), utcOffsetSeconds: ISO8601DateFormatter.offsetSeconds(of: iso))),
            now: now
        ).checkIn
    }

    @Test func eachInstrumentShowsItsLatestCheckInAndTheChangeSinceThePreviousOne() throws {
        try checkIn(.phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0], at: "2026-11-13T20:00:00+01:00")
        try session(at: "2026-11-20T17:00:00+01:00")
        try checkIn(.gad7, [2, 2, 2, 1, 1, 1, 1], at: "2026-11-22T20:00:00+01:00")
        try checkIn(.phq9, [2, 2, 1, 1, 1, 1, 1, 1, 0], at: "2026-11-23T20:00:00+01:00")
        try checkIn(.phq9, [2, 2, 2, 2, 1, 1, 1, 1, 0], at: "2026-11-27T20:00:00+01:00")
        let digest = try digest()

        #expect(digest.checkIns.map(\.instrument) == [.phq9, .gad7])
        try #require(digest.checkIns.count == 2)
        let phq9 = digest.checkIns[0]
        #expect(phq9.count == 2)
        #expect(phq9.latest.checkIn.total == 12)
        #expect(phq9.latest.checkIn.band == .moderate)
        #expect(phq9.latest.previous?.total == 10)
        #expect(phq9.latest.change == 2)
        let gad7 = digest.checkIns[1]
        #expect(gad7.count == 1)
        #expect(gad7.latest.checkIn.total == 10)
        #expect(gad7.latest.change == nil)
        #expect(digest.selfHarmCheckIns.isEmpty)

        let text = DigestRendering.render(digest, format: .text, brief: false, style: wide)
        #expect(text.contains("\nCHECK-INS\n"))
        #expect(text.contains("\n  PHQ-9 on Fri 27 Nov 2026: 12 of 27, moderate — up 2 since Mon 23 Nov 2026 (10, moderate); 2 check-ins in this period\n"))
        #expect(text.contains("\n  GAD-7 on Sun 22 Nov 2026: 10 of 21, moderate — no earlier GAD-7 to compare with\n"))
        #expect(text.contains("These are scores to talk over with your therapist, not a diagnosis."))
        #expect(!text.contains("To raise first"))

        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        #expect(markdown.contains("\n## Check-ins\n\n- PHQ-9 on Fri 27 Nov 2026: 12 of 27, moderate — up 2 since Mon 23 Nov 2026 (10, moderate); 2 check-ins in this period\n"))
        #expect(markdown.contains("*These are scores to talk over with your therapist, not a diagnosis.*"))

        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(DigestRendering.render(digest, format: .json, brief: false, style: .plain).utf8)) as? [String: Any])
        let checkIns = try #require(json["checkIns"] as? [String: Any])
        #expect(checkIns["phq9Item9AboveZero"] as? Bool == false)
        let instruments = try #require(checkIns["instruments"] as? [[String: Any]])
        #expect(instruments.map { $0["instrument"] as? String } == ["phq9", "gad7"])
        try #require(instruments.count == 2)
        #expect(instruments[0]["total"] as? Int == 12)
        #expect(instruments[0]["band"] as? String == "moderate")
        #expect(instruments[0]["previousTotal"] as? Int == 10)
        #expect(instruments[0]["change"] as? Int == 2)
        #expect(instruments[0]["count"] as? Int == 2)
        #expect(instruments[0]["date"] as? String == "2026-11-27T20:00:00+01:00")
        #expect(instruments[1]["change"] is NSNull)
    }

    @Test func theLastSessionsCheckInIsComparedWithButNotShown() throws {
        try checkIn(.phq9, [3, 3, 3, 3, 3, 3, 3, 3, 1], at: "2026-11-13T20:00:00+01:00")
        try session(at: "2026-11-20T17:00:00+01:00")
        try checkIn(.phq9, [1, 1, 1, 1, 1, 1, 1, 1, 0], at: "2026-11-27T20:00:00+01:00")
        let digest = try digest()
        try #require(digest.checkIns.count == 1)
        #expect(digest.checkIns[0].latest.change == -17)
        #expect(digest.selfHarmCheckIns.isEmpty, "item 9 was answered in the period before")
        let text = DigestRendering.render(digest, format: .text, brief: false, style: wide)
        #expect(text.contains("down 17 since Fri 13 Nov 2026 (25, severe)"))
    }

    @Test func item9AboveZeroOpensEveryFormat() throws {
        try session(at: "2026-11-20T17:00:00+01:00")
        try add("a hard week", at: "2026-11-24T20:00:00+01:00", mood: 2)
        try checkIn(.phq9, [2, 2, 2, 2, 1, 1, 1, 1, 1], at: "2026-11-25T20:00:00+01:00")
        try checkIn(.phq9, [2, 2, 2, 2, 1, 1, 1, 1, 0], at: "2026-11-27T20:00:00+01:00")
        try checkIn(.gad7, [3, 3, 3, 3, 3, 3, 3], at: "2026-11-28T20:00:00+01:00")
        let digest = try digest()
        #expect(digest.selfHarmCheckIns.map(\.total) == [13])
        let notice = "To raise first: in your PHQ-9 check-in of Wed 25 Nov 2026 you answered that you had thoughts"

        let text = DigestRendering.render(digest, format: .text, brief: false, style: wide)
        let blocks = text.components(separatedBy: "\n\n")
        try #require(blocks.count > 2, "\(text)")
        #expect(blocks[0].hasPrefix("Since your last session: "))
        #expect(blocks[1].hasPrefix(notice), "right after the header")
        #expect(blocks[2].hasPrefix("TOPICS TO BRING UP"))
        let wrapped = DigestRendering.render(digest, format: .text, brief: false, style: .plain)
        #expect(wrapped.contains("\nTo raise first: in your PHQ-9 check-in of Wed 25 Nov 2026 you answered that you\nhad thoughts"))

        let markdown = DigestRendering.render(digest, format: .markdown, brief: false, style: .plain)
        let markdownBlocks = markdown.components(separatedBy: "\n\n")
        try #require(markdownBlocks.count > 4, "\(markdown)")
        #expect(markdownBlocks[3].hasPrefix("> **" + notice))
        #expect(markdownBlocks[4] == "## Topics to bring up")

        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(DigestRendering.render(digest, format: .json, brief: false, style: .plain).utf8)) as? [String: Any])
        #expect((json["checkIns"] as? [String: Any])?["phq9Item9AboveZero"] as? Bool == true)
    }

    @Test func checkInsBeforeTheFirstEntryBelongToAJournalWithoutSessions() throws {
        try checkIn(.gad7, [1, 1, 1, 1, 1, 1, 1], at: "2026-11-10T20:00:00+01:00")
        try add("later", at: "2026-11-20T09:00:00+01:00", mood: 6)
        let digest = try digest()
        #expect(digest.checkIns.map(\.latest.checkIn.total) == [7])
        #expect(digest.period.start == date("2026-11-10T20:00:00+01:00"))
    }

    @Test func withoutCheckInsTheSectionIsLeftOut() throws {
        try add("an ordinary day", at: "2026-11-27T10:00:00+01:00", mood: 5)
        let digest = try digest()
        #expect(digest.checkIns.isEmpty)
        for format in [DigestFormat.text, .markdown] {
            let rendered = DigestRendering.render(digest, format: format, brief: false, style: .plain)
            #expect(!rendered.lowercased().contains("check-in"))
        }
        let json = DigestRendering.render(digest, format: .json, brief: false, style: .plain)
        #expect(json.contains("\"checkIns\": {\n    \"instruments\": [],\n    \"phq9Item9AboveZero\": false\n  }"))
    }

    @Test func tenThousandEntriesAllArrive() throws {
        let start = Int(date("2026-11-15T00:00:00+01:00").timeIntervalSince1970)
        // Written in one transaction: this tests the digest, not ten thousand commits.
        try store.dbWriter.write { db in
            for index in 0..<10_000 {
                try db.execute(
                    sql: "INSERT INTO entry (date, utcOffset, mood, text, isFlagged) VALUES (?, 3600, ?, ?, ?)",
                    arguments: [start + index * 100, index % 11, "entry \(index) #t\(index % 7)", index % 1000 == 0])
                try db.execute(
                    sql: "INSERT INTO entryTag (entryId, name) VALUES (?, ?)", arguments: [db.lastInsertedRowID, "t\(index % 7)"])
            }
        }
        let digest = try digest()
        #expect(digest.entries.count == 10_000)
        #expect(digest.flagged.count == 10)
        #expect(digest.hardestMoments.count == 3)
        // A flagged hardest moment is referred to, not repeated: each entry is shown in full once.
        let hardestInFull = digest.hardestMoments.count - digest.hardestShownAbove.count
        #expect(digest.flagged.count + hardestInFull + digest.otherEntries.count == 10_000)
        #expect(digest.tags.map(\.count).reduce(0, +) == 10_000)
        let text = DigestRendering.render(digest, format: .text, brief: true, style: .plain)
        #expect(text.contains("entry 9999"))
    }
}

extension ISO8601DateFormatter {
    /// The UTC offset written at the end of an ISO 8601 date, in seconds.
    static func offsetSeconds(of iso: String) -> Int {
        let suffix = iso.suffix(6)
        guard suffix.first == "+" || suffix.first == "-" else { return 0 }
        let hours = Int(suffix.dropFirst().prefix(2))!
        let minutes = Int(suffix.suffix(2))!
        return (suffix.first == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
