import Foundation

/// One saved version of the writer's plan for the time between sessions: what they and their
/// therapist agreed, and what to do when things get worse. Every edit is kept.
public struct PlanVersion: Identifiable, Equatable, Sendable {
    public var id: Int64
    /// Plain Markdown, as the writer wrote it.
    public var text: String
    /// When it was saved, on the writer's clock.
    public var saved: Moment

    public init(id: Int64, text: String, saved: Moment) {
        self.id = id
        self.text = text
        self.saved = saved
    }

    public var localTime: LocalTime { saved.localTime }
}

public enum SupportPlan {
    /// What the editor starts from on first use: the headings the writer fills in, or changes.
    public static let template = """
        # My plan between sessions

        ## What contact my therapist and I agreed between sessions (how, when, for what)



        ## What to do when things get worse



        ## People I can reach



        ## What helps me cope



        ## Emergency numbers



        """

    /// The plan as it is stored: without the blank lines before it and the white space after.
    static func normalized(_ text: String) -> String { EntryText.normalized(text) }

    /// Refuses a plan that is empty or only the bare template, so that `current` stays: the plan
    /// is for the moments it is needed, and losing it to a slip in the editor would be found
    /// out at the worst time. For the command to call before it opens the journal.
    public static func check(_ text: String, replacing current: PlanVersion?) throws(PlanError) {
        let text = normalized(text)
        guard !text.isBlank else { throw .empty(keptPrevious: current != nil) }
        guard text != normalized(template) else { throw .onlyTheTemplate(keptPrevious: current != nil) }
    }
}

/// What saving the plan did.
public enum PlanSaving: Equatable, Sendable {
    case saved(PlanVersion)
    /// The text is the current plan's: no new version.
    case unchanged
}

extension Entry {
    /// A mood of 0 or 1: the moments the writer's plan is for, so it is shown unasked.
    public var callsForThePlan: Bool { mood.map { $0 <= 1 } ?? false }
}

extension CheckIn {
    /// The plan is shown unasked after a check-in that reports thoughts of self-harm.
    public var callsForThePlan: Bool { reportsThoughtsOfSelfHarm }
}

/// Why the plan was not saved. The plan's text is never quoted.
public enum PlanError: JournalFailure, Equatable {
    /// Nothing but white space.
    case empty(keptPrevious: Bool)
    /// The template's headings, with nothing written under them.
    case onlyTheTemplate(keptPrevious: Bool)

    public var problem: String {
        switch self {
        case .empty(let keptPrevious):
            "the plan was saved empty, so " + (keptPrevious ? "your previous plan was kept" : "nothing was stored")
        case .onlyTheTemplate(let keptPrevious):
            "the plan holds only the template's headings, so "
                + (keptPrevious ? "your previous plan was kept" : "nothing was stored")
        }
    }

    public var advice: String {
        "write under the headings (or your own) and save: journal plan edit, or echo \"…\" | journal plan edit"
    }
}
