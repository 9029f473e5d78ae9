import Foundation

/// A thing to bring up in a session; it stays open until marked done.
public struct Topic: Identifiable, Equatable, Sendable {
    public var id: Int64
    public var text: String
    public var createdAt: Date
    public var doneAt: Date?

    public init(id: Int64, text: String, createdAt: Date, doneAt: Date?) {
        self.id = id
        self.text = text
        self.createdAt = createdAt
        self.doneAt = doneAt
    }

    public var isOpen: Bool { doneAt == nil }

    /// The text of a new topic, trimmed; refused when nothing is left.
    public static func checkedText(_ text: String) throws(TopicError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isBlank else { throw .empty }
        return trimmed
    }
}

/// Why a topic cannot be stored or changed as asked.
public enum TopicError: JournalFailure, Equatable {
    case empty
    case notFound(Int64)
    case alreadyDone(Int64)
    case notDone(Int64)

    public var problem: String {
        switch self {
        case .empty: "the topic is empty, so nothing was stored"
        case .notFound(let id): "there is no topic \(id)"
        case .alreadyDone(let id): "topic \(id) is already done"
        case .notDone(let id): "topic \(id) is still open"
        }
    }

    public var advice: String {
        switch self {
        case .empty: "for example: journal topic add \"ask about sleep\""
        case .notFound, .alreadyDone, .notDone: "journal topic list --all shows every topic, open and done, with its id"
        }
    }
}
