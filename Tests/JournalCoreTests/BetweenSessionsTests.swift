import Foundation
import Testing

@testable import JournalCore

/// Issue 20: messages kept instead of sent, homework agreed at a session, and the bridge from
/// the last session, in the store and the digest.
@Suite("Between sessions: messages, homework and the bridge")
struct BetweenSessionsTests {
    typealias Forms = WorksheetForms
    let store: JournalStore
    /// Sunday 29 November 2026, 12:00 in Berlin.
    var now: Date { Forms.now }

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    func moment(_ hoursAgo: Double) -> Moment {
        Moment(now.addingTimeInterval(-hoursAgo * 3600), in: Forms.berlin)
    }

    func digest(includingPrivate: Bool = false) throws -> Digest {
        try store.digest(DigestRequest(includesPrivate: includingPrivate, now: now, timeZone: Forms.berlin))
    }

    @discardableResult
    func addThoughtRecord(when: String) throws -> Worksheet {
        let new = try Forms.reader(.thoughtRecord).worksheet(fromForm: Forms.form(.thoughtRecord, [("When", when)]))
        return try store.addWorksheet(new, now: now)
    }

    // MARK: The plan's part about contact

    static func plan(_ text: String) -> PlanVersion {
        PlanVersion(id: 1, text: text, saved: Moment(Forms.now, in: Forms.berlin))
    }

    @Test func theTemplatesFirstSectionIsFoundUpToTheNextHeading() throws {
        var text = SupportPlan.template
        text = text.replacingOccurrences(
            of: "(how, when, for what)\n\n", with: "(how, when, for what)\n\nEmail to change appointments only.\n### In a crisis\nCall 999.\n")
        let section = try #require(ContactAgreement.section(of: Self.plan(text)))
        #expect(section.text == "Email to change appointments only.\n### In a crisis\nCall 999.")
        #expect(section.heading == "What contact my therapist and I agreed between sessions (how, when, for what)")
    }

    @Test(arguments: [
        "# what contact my therapist and I agreed between sessions:\nText only on Mondays.\n# Next\nmore",
        "### What contact my therapist and I agreed   between sessions ###\nText only on Mondays.",
        "Intro\n\n  ## WHAT CONTACT MY THERAPIST AND I AGREED BETWEEN SESSIONS\n\nText only on Mondays.\n\n## Other\nmore",
    ])
    func headingsAreMatchedWhateverTheirLevelCaseAndEnding(_ text: String) throws {
        #expect(ContactAgreement.section(of: Self.plan(text))?.text == "Text only on Mondays.")
    }

    @Test(arguments: [
        SupportPlan.template,
        "## What helps me cope\nA walk.",
        "```\n## What contact my therapist and I agreed between sessions\nText\n```",
        "## What contact my therapist and I agreed between sessions\n\n## What helps me cope\nA walk.",
        "##What contact my therapist and I agreed between sessions\nText",
    ])
    func noSectionOrAnEmptyOneIsNone(_ text: String) {
        #expect(ContactAgreement.section(of: Self.plan(text)) == nil)
    }

    // MARK: Messages

    @Test func aMessageIsRefusedEmptyInTheFutureOrWithAMoodOutOfRange() {
        #expect(throws: MessageError.empty) { try NewMessage(text: " \n\t", moment: moment(0)).validated(now: now) }
        #expect(throws: MessageError.inFuture) { try NewMessage(text: "x", moment: moment(-2)).validated(now: now) }
        #expect(throws: MessageError.moodOutOfRange(11)) { try NewMessage(text: "x", mood: 11, moment: moment(0)).validated(now: now) }
        #expect(throws: MessageError.notFound(9)) { try store.message(id: 9) }
    }

    @Test func aMessageIsKeptEditedAndDeletedWithItsSearchIndex() throws {
        let kept = try store.addMessage(NewMessage(text: "\n\nI wanted to call you about the panic  \n", mood: 3, moment: moment(1)), now: now)
        #expect(kept.text == "I wanted to call you about the panic")
        #expect(try store.message(id: kept.id) == kept)
        #expect(try store.searchMessages(SearchRequest(query: try SearchQuery(parsing: "panics"))).map(\.message.id) == [kept.id])

        let (before, after) = try store.updateMessage(id: kept.id, MessageChange(text: "About the train", mood: .clear, isPrivate: true))
        #expect(before == kept)
        #expect(after.text == "About the train" && after.mood == nil && after.isPrivate)
        #expect(try store.searchMessages(SearchRequest(query: try SearchQuery(parsing: "panic"))).isEmpty)
        #expect(try store.searchMessages(SearchRequest(query: try SearchQuery(parsing: "train"))).count == 1)
        #expect(try store.searchMessages(SearchRequest(query: try SearchQuery(parsing: "train"), privacy: .leavesOutPrivate)).isEmpty)

        try store.deleteMessages(ids: [kept.id])
        #expect(try store.messages(MessageFilter()).messages.isEmpty)
        #expect(try store.searchMessages(SearchRequest(query: try SearchQuery(parsing: "train"))).isEmpty)
        #expect(throws: MessageError.notFound(kept.id)) { try store.deleteMessages(ids: [kept.id]) }
    }

    @Test func messagesAreNotEntries() throws {
        try store.addMessage(NewMessage(text: "Message only", mood: 0, moment: moment(1)), now: now)
        #expect(try store.entries(EntryFilter()).isEmpty)
        let digest = try digest()
        #expect(digest.mood.count == 0)
        let stats = try store.stats(StatsRequest(now: now, timeZone: Forms.berlin))
        #expect(stats.entryCount == 0)
        #expect(stats.messageCount == 1)
    }

    // MARK: The digest

    @Test func theDigestOpensWithTheMessagesOfThePeriodOldestFirstAndPrivateOnesOnlyAsked() throws {
        try store.addSession(at: moment(48), note: "about work", takeaway: "Thoughts are not facts", now: now)
        try store.addMessage(NewMessage(text: "Before the session", moment: moment(50)), now: now)
        let second = try store.addMessage(NewMessage(text: "Second", moment: moment(2)), now: now)
        let first = try store.addMessage(NewMessage(text: "First", mood: 4, moment: moment(20)), now: now)
        try store.addMessage(NewMessage(text: "Kept to myself", moment: moment(1), isPrivate: true), now: now)

        let digest = try digest()
        let names = digest.sections.map(Self.name)
        #expect(Array(names.prefix(5)) == ["raiseFirst", "urgesToRaise", "messages", "topics", "homework"])
        let messages = try #require(Self.messages(of: digest))
        #expect(messages.messages.map(\.id) == [first.id, second.id])
        #expect(messages.privateExcluded == 1)
        #expect(digest.lastSession?.takeaway == "Thoughts are not facts")

        let withPrivate = try #require(Self.messages(of: try self.digest(includingPrivate: true)))
        #expect(withPrivate.messages.map(\.text) == ["First", "Second", "Kept to myself"])
        #expect(withPrivate.privateExcluded == 0)

        let json = DigestRendering.render(digest, format: .json, brief: false, style: .plain)
        #expect(json.contains(#""takeaway" : "Thoughts are not facts""#) || json.contains(#""takeaway": "Thoughts are not facts""#))
        #expect(!json.contains("Kept to myself"))
        for format in [DigestFormat.text, .markdown, .html] {
            let rendered = DigestRendering.render(digest, format: format, brief: false, style: .plain)
            #expect(rendered.contains("What I wanted to tell you") || rendered.contains("WHAT I WANTED TO TELL YOU"), "\(format)")
            #expect(rendered.contains("Thoughts are not facts"), "\(format)")
            #expect(!rendered.contains("Kept to myself"), "\(format)")
            #expect(!rendered.contains("Before the session"), "\(format)")
        }
    }

    // MARK: Homework

    @Test func homeworkCountsOnlyTheWorksheetsOfItsKindWrittenSinceItWasSet() throws {
        try addThoughtRecord(when: "2026-11-28 18:00")
        let homework = try store.addHomework(
            NewHomework(text: "Thought records", worksheets: WorksheetTarget(kind: .thoughtRecord, times: 3), set: moment(12)))
        #expect(try store.homework(id: homework.id).progress == "0 of 3 thought records")
        try addThoughtRecord(when: "2026-11-29 09:00")
        try store.addWorksheet(
            try Forms.reader(.activity).worksheet(fromForm: Forms.form(.activity, [("When", "2026-11-29 10:00")])), now: now)
        #expect(try store.homework(id: homework.id).progress == "1 of 3 thought records")

        let reviewed = try store.reviewHomework(id: homework.id, status: .partly, note: "  work got busy ", now: now.addingTimeInterval(-1800))
        #expect(reviewed.homework.status == .partly && reviewed.homework.note == "work got busy")
        // Written after the review: no longer counted for it.
        try addThoughtRecord(when: "2026-11-29 11:55")
        #expect(try store.homework(id: homework.id).worksheetCount == 1)
        #expect(HomeworkRendering.reviewed(reviewed) == "Reviewed homework \(homework.id): partly done · 1 of 3 thought records.")
    }

    @Test func theDigestReviewsTheHomeworkOfThePeriodAndCarriesOverWhatIsOpenFromBefore() throws {
        let old = try store.addHomework(NewHomework(text: "Open from before", set: moment(200)))
        let oldDone = try store.addHomework(NewHomework(text: "Done before", set: moment(190)))
        try store.reviewHomework(id: oldDone.id, status: .done, note: nil, now: now.addingTimeInterval(-180 * 3600))
        try store.addSession(at: moment(48), note: nil, now: now)
        let agreed = try store.addHomework(NewHomework(text: "Agreed at the session", set: moment(47)))
        try store.reviewHomework(id: agreed.id, status: .notDone, note: "I was too tired", now: now)

        let items = try #require(Self.homework(of: try digest())).items
        #expect(items.map(\.homework.id) == [old.id, agreed.id])
        #expect(items.map(\.isCarriedOver) == [true, false])
        #expect(HomeworkRendering.digestFacts(items[0]).first?.hasPrefix("carried over from ") == true)
        #expect(HomeworkRendering.digestFacts(items[1]) == ["not done"])
        #expect(HomeworkRendering.noteLabel(items[1].homework.status) == "What got in the way")
    }

    @Test func homeworkIsRefusedEmptyOutOfRangeOrDueBeforeItWasSet() throws {
        #expect(throws: HomeworkError.empty) { try store.addHomework(NewHomework(text: "  ", set: moment(0))) }
        #expect(throws: HomeworkError.timesOutOfRange(0)) {
            try store.addHomework(NewHomework(text: "x", worksheets: WorksheetTarget(kind: .sleep, times: 0), set: moment(0)))
        }
        #expect(throws: HomeworkError.timesOutOfRange(101)) {
            try store.addHomework(NewHomework(text: "x", worksheets: WorksheetTarget(kind: .sleep, times: 101), set: moment(0)))
        }
        #expect(throws: HomeworkError.dueBeforeSet) { try store.addHomework(NewHomework(text: "x", set: moment(0), due: moment(1))) }
        let homework = try store.addHomework(NewHomework(text: "Walk", set: moment(1)))
        #expect(throws: HomeworkError.timesWithoutKind) { try store.updateHomework(id: homework.id, HomeworkChange(times: 3)) }
        #expect(throws: HomeworkError.notFound(99)) { try store.reviewHomework(id: 99, status: .done, note: nil) }
        #expect(try store.homework(id: homework.id).homework == homework)
    }

    @Test func homeworkChangesAsAsked() throws {
        let homework = try store.addHomework(NewHomework(text: "Walk", set: moment(1)))
        let kind = try store.updateHomework(id: homework.id, HomeworkChange(kind: .activity)).after
        #expect(kind.worksheets == WorksheetTarget(kind: .activity, times: 1))
        let times = try store.updateHomework(id: homework.id, HomeworkChange(text: "Walks", times: 4)).after
        #expect(times.worksheets == WorksheetTarget(kind: .activity, times: 4) && times.text == "Walks")
        #expect(HomeworkRendering.changes(from: kind, to: times) == "Changed homework \(homework.id): text changed, 1 activity → 4 activities.")
        let cleared = try store.updateHomework(id: homework.id, HomeworkChange(clearsWorksheets: true)).after
        #expect(cleared.worksheets == nil)
        try store.deleteHomework(id: homework.id)
        #expect(try store.homework(includingReviewed: true).isEmpty)
    }

    // MARK: Parts

    static func name(_ section: DigestSection) -> String {
        String(String(describing: section).prefix { $0 != "(" })
    }

    static func messages(of digest: Digest) -> MessagesOfPeriod? {
        digest.sections.lazy.compactMap { if case .messages(let value) = $0 { value } else { nil } }.first
    }

    static func homework(of digest: Digest) -> HomeworkOfPeriod? {
        digest.sections.lazy.compactMap { if case .homework(let value) = $0 { value } else { nil } }.first
    }
}
