import Foundation
import Testing

@testable import JournalCore

@Suite("The plan between sessions")
struct PlanTests {
    let store: JournalStore
    let now = Date(timeIntervalSince1970: 1_795_205_100)  // 2026-11-20 20:05 UTC

    init() throws {
        store = try JournalStore.makeEmpty()
    }

    @discardableResult
    func save(_ text: String, hoursLater: Double = 0) throws -> PlanSaving {
        try store.savePlan(text, at: Moment(now.addingTimeInterval(hoursLater * 3600), utcOffsetSeconds: 3600))
    }

    @Test func thereIsNoPlanUntilOneIsWritten() throws {
        #expect(try store.currentPlan() == nil)
        #expect(try store.planHistory().isEmpty)
        let shown = PlanRendering.plan(nil, style: .plain)
        #expect(shown.contains("journal plan edit"))
        #expect(shown.contains("call your local emergency number"))
    }

    @Test func everyEditIsKeptWithItsDate() throws {
        guard case .saved(let first) = try save("\n\n# Plan\nCall Sam\u{0}.\n\n") else {
            Issue.record("the first plan was not saved")
            return
        }
        #expect(first.text == "# Plan\nCall Sam\u{0}.", "stored exactly, without the blank lines around it")
        try save("# Plan\nCall Sam or Alex.", hoursLater: 24)
        #expect(try store.currentPlan()?.text == "# Plan\nCall Sam or Alex.")
        let history = try store.planHistory()
        #expect(history.map(\.text) == ["# Plan\nCall Sam\u{0}.", "# Plan\nCall Sam or Alex."])
        #expect(history.map(\.localTime.isoDay) == ["2026-11-20", "2026-11-21"])
        let rendered = PlanRendering.history(history, style: .plain)
        #expect(
            rendered == """
                Your plan was:
                  Fri 20 Nov 2026, 21:05  written
                  Sat 21 Nov 2026, 21:05  changed  (the plan now)

                """)
    }

    @Test func theSameTextMakesNoNewVersion() throws {
        try save("Call Sam.")
        #expect(try save("Call Sam.\n", hoursLater: 1) == .unchanged)
        #expect(try store.planHistory().count == 1)
    }

    @Test("an empty plan keeps the previous one", arguments: ["", "  \n\t\n", "\u{0}"])
    func anEmptyPlanKeepsThePreviousOne(_ text: String) throws {
        #expect(throws: PlanError.empty(keptPrevious: false)) { try save(text) }
        #expect(try store.currentPlan() == nil)
        try save("Call Sam.")
        #expect(throws: PlanError.empty(keptPrevious: true)) { try save(text, hoursLater: 1) }
        #expect(try store.currentPlan()?.text == "Call Sam.")
        #expect(try store.planHistory().count == 1)
        #expect(PlanError.empty(keptPrevious: true).problem.contains("your previous plan was kept"))
    }

    @Test func theBareTemplateIsNotAPlan() throws {
        #expect(throws: PlanError.onlyTheTemplate(keptPrevious: false)) { try save(SupportPlan.template) }
        for heading in [
            "## What contact my therapist and I agreed between sessions (how, when, for what)",
            "## What to do when things get worse", "## People I can reach", "## What helps me cope",
            "## Emergency numbers",
        ] {
            #expect(SupportPlan.template.contains(heading + "\n"))
        }
        try save(SupportPlan.template + "Call Sam.")
        #expect(try store.currentPlan()?.text.hasSuffix("## Emergency numbers\n\n\nCall Sam.") == true)
    }

    @Test func theReminderShowsThePlanOrWhereToTurn() throws {
        try #require(try store.currentPlan() == nil)
        let withoutPlan = PlanRendering.reminder(nil, style: .plain)
        #expect(withoutPlan.contains("You have no plan"))
        #expect(withoutPlan.contains("journal plan edit"))
        #expect(withoutPlan.contains("If you are in danger, call your local emergency number."))
        #expect(withoutPlan.range(of: #"\d{3}"#, options: .regularExpression) == nil, "no country's number")

        try save("Call Sam \u{1B}[2J.")
        let terminal = TextStyle(usesColor: false, showsControlCharacters: true, width: 80)
        let withPlan = PlanRendering.reminder(try store.currentPlan(), style: terminal)
        #expect(withPlan.contains("Call Sam ␛[2J."), "control characters made visible on a terminal")
    }

    @Test func aMoodOfZeroOrOneCallsForThePlan() {
        func entry(mood: Int?) -> Entry {
            Entry(
                id: 1, moment: Moment(now, utcOffsetSeconds: 0), mood: mood, text: "x", tags: [], feelings: [],
                isFlagged: false, isPrivate: false)
        }
        #expect(entry(mood: 0).callsForThePlan)
        #expect(entry(mood: 1).callsForThePlan)
        #expect(!entry(mood: 2).callsForThePlan)
        #expect(!entry(mood: nil).callsForThePlan)
    }
}
