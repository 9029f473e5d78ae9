import JournalCore

/// Says, on standard error after the command's own output, that the planned session has passed
/// with no session recorded near it: otherwise it would silently drop out of sight, and the
/// digest would run on from the session before.
enum SessionReminder {
    static func show(from store: JournalStore) {
        guard let passed = try? store.passedPlannedSession(now: Arguments.now) else { return }
        Terminal.printNote(SessionRendering.passedPlan(passed) + ".")
    }
}
