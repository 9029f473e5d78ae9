import Foundation

/// An error a person can act on: what went wrong, and what to do about it.
///
/// The command line prints it as `journal: <problem> — <advice>`. Neither part may quote
/// entry text: error messages end up in terminals, scroll-back and bug reports.
public protocol JournalFailure: LocalizedError, Sendable {
    var problem: String { get }
    var advice: String { get }
}

extension JournalFailure {
    /// `problem — advice`: what ArgumentParser prints of a failure thrown while it checks the
    /// arguments (a command's `validate()`), as the command line prints every other.
    public var errorDescription: String? { "\(problem) — \(advice)" }
}
