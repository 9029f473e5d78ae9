import Foundation
import JournalCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The writer's plan, shown unasked in the moments it was written for: on standard error, after
/// the command's own output, so that a script reading standard output is not disturbed.
enum PlanReminder {
    static func show(from store: JournalStore) {
        let style = Terminal.errorStyle
        let text: String
        do {
            text = PlanRendering.reminder(try store.currentPlan(), style: style)
        } catch {
            text = PlanRendering.unreadableReminder(style: style)
        }
        Terminal.writeToStandardError(text)
    }
}
