/// An error a person can act on: what went wrong, and what to do about it.
///
/// The command line prints it as `journal: <problem> — <advice>`. Neither part may quote
/// entry text: error messages end up in terminals, scroll-back and bug reports.
public protocol JournalFailure: Error, Sendable {
    var problem: String { get }
    var advice: String { get }
}
