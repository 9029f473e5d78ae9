import Foundation

/// A therapy session: one that was held, or the next one planned.
public struct Session: Identifiable, Equatable, Sendable {
    public var id: Int64
    /// When it was held, or is planned, on the writer's clock.
    public var moment: Moment
    public var note: String?
    /// What stayed with the writer from a held session, in their words: the bridge the next
    /// digest opens with.
    public var takeaway: String?
    /// Planned for the future rather than held.
    public var isPlanned: Bool

    public init(id: Int64, moment: Moment, note: String?, takeaway: String? = nil, isPlanned: Bool) {
        self.id = id
        self.moment = moment
        self.note = note
        self.takeaway = takeaway
        self.isPlanned = isPlanned
    }

    public var date: Date { moment.date }

    public var localTime: LocalTime { moment.localTime }

    /// How close a held session must be to a planned one to count as that session: a day
    /// either way, for a session moved at short notice.
    static let nearness: TimeInterval = 24 * 3600

    /// A session can only be recorded as held once it happened.
    public static func checkHeld(at date: Date, now: Date) throws(SessionError) {
        guard date.timeIntervalSince(now) <= futureTolerance else { throw .heldInFuture }
    }

    /// The next session lies ahead.
    public static func checkPlanned(at date: Date, now: Date) throws(SessionError) {
        guard date > now else { throw .plannedInPast }
    }
}

/// A held session with the number of entries written since the session before it.
public struct SessionInterval: Equatable, Sendable {
    public var session: Session
    public var entriesBefore: Int
}

/// The sessions as `session list` shows them.
public struct SessionOverview: Equatable, Sendable {
    /// Held sessions, oldest first, each with the entries written in the interval before it.
    public var held: [SessionInterval]
    /// Entries written since the last held session (all entries when there is none).
    public var entriesSinceLast: Int
    /// The next planned session, when one lies ahead.
    public var next: Session?
    /// The planned session that has passed with no session recorded near it or since.
    public var passedPlan: Session?

    public init(held: [SessionInterval], entriesSinceLast: Int, next: Session?, passedPlan: Session? = nil) {
        self.held = held
        self.entriesSinceLast = entriesSinceLast
        self.next = next
        self.passedPlan = passedPlan
    }
}

/// Why a session cannot be stored or changed as asked.
public enum SessionError: JournalFailure, Equatable {
    case heldInFuture
    case plannedInPast
    case sessionNotFound(Int64)

    public var problem: String {
        switch self {
        case .heldInFuture: "that date is in the future, and a session can only be recorded as held once it happened"
        case .plannedInPast: "that date has passed, and the next session lies ahead"
        case .sessionNotFound(let id): "there is no session \(id)"
        }
    }

    public var advice: String {
        switch self {
        case .heldInFuture: "to plan the next session, use journal session next WHEN"
        case .plannedInPast: "give a time ahead, like \"next thursday 17:00\" (to record a session that was held: journal session add WHEN)"
        case .sessionNotFound: "journal session list shows the sessions and their ids"
        }
    }
}
