import Foundation
import Testing

@testable import JournalCore

/// Issue 16 in the store: every change is whole or not at all, and what was there before is
/// handed back so that the command can say what changed.
@Suite("Changing what the journal holds")
struct ChangeTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)  // 2026-11-20 20:05 UTC

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func moment(hoursAgo: Double) -> Moment {
        Moment(now.addingTimeInterval(-hoursAgo * 3600), utcOffsetSeconds: 3600)
    }

    @discardableResult
    func add(_ text: String, tags: [String] = [], feelings: [String] = []) throws -> Entry {
        try store.add(NewEntry(text: text, feelings: feelings, tags: tags, moment: moment(hoursAgo: 1)), now: now)
    }

    // MARK: Entries

    @Test func feelingsAndTagsAreAddedRemovedAndCleared() throws {
        let entry = try add("Dinner with Sam #family", tags: ["food"], feelings: ["calm"])

        let added = try store.update(
            id: entry.id, EntryChange(feelings: LabelChange(added: ["Proud"]), tags: LabelChange(added: ["#Swim"])), now: now)
        #expect(added.before == entry)
        #expect(added.after.feelings == ["calm", "proud"])
        #expect(added.after.tags == ["family", "food", "swim"])

        let cleared = try store.update(
            id: entry.id,
            EntryChange(feelings: LabelChange(added: ["tired"], clearsAll: true), tags: LabelChange(clearsAll: true)), now: now)
        #expect(cleared.after.feelings == ["tired"])
        #expect(cleared.after.tags == ["family"], "a tag of the text stays with the text")

        // Now only in the text: a new text without it takes it away.
        let rewritten = try store.update(id: entry.id, EntryChange(text: "Dinner alone"), now: now)
        #expect(rewritten.after.tags == [])
    }

    @Test func aTagGivenAndWrittenStaysWhenTheTextLosesIt() throws {
        let entry = try add("Dinner #family")
        _ = try store.update(id: entry.id, EntryChange(tags: LabelChange(added: ["family"])), now: now)
        #expect(try store.update(id: entry.id, EntryChange(text: "Dinner"), now: now).after.tags == ["family"])
    }

    @Test func aRefusedPartLeavesTheWholeEntryAsItWas() throws {
        let entry = try add("Dinner #family", tags: ["food"], feelings: ["calm"])
        let refusals: [(EntryChange, EntryError)] = [
            (EntryChange(mood: .set(4), feelings: LabelChange(removed: ["proud"])), .noSuchFeeling(entry.id, "proud")),
            (EntryChange(isFlagged: true, tags: LabelChange(removed: ["swim"])), .noSuchTag(entry.id, "swim")),
            (EntryChange(tags: LabelChange(removed: ["#Family"])), .tagInText(entry.id, "family")),
            (EntryChange(text: "Dinner #swim", tags: LabelChange(removed: ["swim"])), .tagInText(entry.id, "swim")),
            (EntryChange(feelings: LabelChange(added: ["calm"], removed: ["Calm"])), .addedAndRemoved("calm")),
            (EntryChange(tags: LabelChange(added: ["tag!"])), .invalidTag("tag!")),
            (EntryChange(text: "  ", feelings: LabelChange(added: ["x"])), .emptyText),
        ]
        for (change, error) in refusals {
            #expect(throws: error) { try store.update(id: entry.id, change, now: now) }
            #expect(try store.entry(id: entry.id) == entry)
        }
    }

    @Test func severalEntriesAreDeletedAllOrNone() throws {
        let first = try add("first")
        let second = try add("second")
        #expect(throws: EntryError.notFound(99)) { try store.delete(ids: [first.id, 99]) }
        #expect(try store.entries(ids: [second.id, first.id]).map(\.text) == ["second", "first"])
        try store.delete(ids: [first.id, second.id])
        #expect(try store.entryCount() == 0)
        #expect(throws: EntryError.notFound(first.id)) { try store.entries(ids: [first.id]) }
    }

    // MARK: Sessions

    @Test func aPlanThatPassedUnrecordedIsFoundAndRecordedAtItsTime() throws {
        _ = try store.addSession(at: moment(hoursAgo: 240), note: nil, now: now)
        let planned = try store.planNextSession(at: moment(hoursAgo: 48), now: now.addingTimeInterval(-49 * 3600))
        #expect(try store.passedPlannedSession(now: now) == planned)
        #expect(try store.sessionOverview(now: now).passedPlan == planned)
        #expect(try store.passedPlannedSession(now: now.addingTimeInterval(-50 * 3600)) == nil, "not passed yet")

        let recorded = try #require(try store.recordPassedPlannedSession(note: " as planned ", now: now))
        #expect(recorded.id == planned.id && recorded.moment == planned.moment)
        #expect(!recorded.isPlanned && recorded.note == "as planned")
        #expect(try store.passedPlannedSession(now: now) == nil)
        #expect(try store.recordPassedPlannedSession(note: nil, now: now) == nil)
    }

    @Test(
        "a session held from a day before the plan on fulfils it; one held earlier does not",
        arguments: [(23.0, true), (-23.0, true), (25.0, false), (-30.0, true)])
    func nearness(_ hoursBeforeThePlan: Double, _ fulfils: Bool) throws {
        let plan = moment(hoursAgo: 50)
        _ = try store.planNextSession(at: plan, now: plan.date.addingTimeInterval(-3600))
        _ = try store.addSession(
            at: Moment(plan.date.addingTimeInterval(-hoursBeforeThePlan * 3600), utcOffsetSeconds: 3600), note: nil, now: now)
        #expect((try store.passedPlannedSession(now: now) == nil) == fulfils)
    }

    @Test func aSessionIsEditedWithinWhatItCanBe() throws {
        let held = try store.addSession(at: moment(hoursAgo: 48), note: "first", now: now)
        let planned = try store.planNextSession(at: moment(hoursAgo: -48), now: now)

        let edited = try store.updateSession(id: held.id, note: "  ", moment: moment(hoursAgo: 72), now: now)
        #expect(edited.before == held)
        #expect(edited.after.note == nil && edited.after.moment == moment(hoursAgo: 72))
        #expect(throws: SessionError.heldInFuture) { try store.updateSession(id: held.id, note: nil, moment: moment(hoursAgo: -5), now: now) }
        #expect(throws: SessionError.plannedInPast) { try store.updateSession(id: planned.id, note: nil, moment: moment(hoursAgo: 5), now: now) }
        #expect(throws: SessionError.sessionNotFound(99)) { try store.updateSession(id: 99, note: "x", moment: nil, now: now) }
        #expect(try store.session(id: held.id) == edited.after)
    }

    // MARK: Topics and check-ins

    @Test func topicsAreReopenedRewordedAndDeleted() throws {
        let topic = try store.addTopic("ask about sleep", now: now)
        #expect(throws: TopicError.notDone(topic.id)) { try store.reopenTopic(id: topic.id) }
        _ = try store.completeTopic(id: topic.id, now: now)
        #expect(try store.reopenTopic(id: topic.id).isOpen)
        #expect(try store.topics().map(\.id) == [topic.id])

        let edited = try store.editTopic(id: topic.id, text: " ask about the new pills ")
        #expect(edited.before.text == "ask about sleep" && edited.after.text == "ask about the new pills")
        #expect(throws: TopicError.empty) { try store.editTopic(id: topic.id, text: "  ") }
        try store.deleteTopic(id: topic.id)
        #expect(throws: TopicError.notFound(topic.id)) { try store.topic(id: topic.id) }
        #expect(throws: TopicError.notFound(topic.id)) { try store.deleteTopic(id: topic.id) }
    }

    @Test func aCheckInIsDeletedWithItsAnswers() throws {
        let trend = try store.addCheckIn(NewCheckIn(instrument: .gad7, answers: [1, 1, 1, 1, 1, 1, 1], moment: moment(hoursAgo: 2)), now: now)
        #expect(try store.checkIn(id: trend.checkIn.id).answers == [1, 1, 1, 1, 1, 1, 1])
        try store.deleteCheckIn(id: trend.checkIn.id)
        #expect(throws: CheckInError.notFound(trend.checkIn.id)) { try store.checkIn(id: trend.checkIn.id) }
        let answers = try store.dbWriter.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM checkInAnswer") }
        #expect(answers == 0)
    }
}
