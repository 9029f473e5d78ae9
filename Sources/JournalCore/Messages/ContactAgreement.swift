import Foundation

/// A part of the writer's plan: its heading as written, and what is written under it.
public struct PlanSection: Equatable, Sendable {
    /// Without the `#`s.
    public var heading: String
    /// Without the blank lines before it and the white space after.
    public var text: String
}

/// What the writer and their therapist agreed about contact between sessions, as the plan
/// says: shown right after a message is kept, so that the writer sees at once whether it is
/// something to bring to the session or something the agreement says to send now.
public enum ContactAgreement {
    /// The heading of the first section of `SupportPlan.template`, without what follows it in
    /// brackets.
    static let heading = "What contact my therapist and I agreed between sessions"

    /// The topic `journal message` offers to add when the plan says nothing about contact.
    public static let topic = "Agree on contact between sessions: how, when, and for what"

    /// The section of `plan` about contact between sessions: under the heading, of any level,
    /// that reads as the template's first ("What contact my therapist and I agreed between
    /// sessions", in any case, with or without what follows in brackets or a closing colon), up
    /// to the next heading of the same level or above. Nil when there is no such heading, or
    /// nothing is written under it (the template's heading left empty).
    ///
    /// Headings are Markdown's ATX headings (`## …`, up to three spaces before them); a `#`
    /// line inside a fenced code block is not one.
    public static func section(of plan: PlanVersion) -> PlanSection? {
        let lines = plan.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var fence: Substring?
        var found: (heading: String, level: Int)?
        var body: [Substring] = []
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                if found != nil { body.append(line) }
                continue
            }
            if line.prefix(while: { $0 == " " }).count <= 3, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                if found != nil { body.append(line) }
                continue
            }
            if let heading = Self.heading(line) {
                if let current = found {
                    if heading.level <= current.level { break }
                } else if normalized(heading.text) == normalized(Self.heading) {
                    found = (heading.text, heading.level)
                    continue
                }
            }
            if found != nil { body.append(line) }
        }
        guard let found else { return nil }
        let text = EntryText.normalized(body.joined(separator: "\n"))
        return text.isBlank ? nil : PlanSection(heading: found.heading, text: text)
    }

    /// The level and text of an ATX heading; nil for any other line.
    private static func heading(_ line: Substring) -> (level: Int, text: String)? {
        guard line.prefix(while: { $0 == " " }).count <= 3 else { return nil }
        let start = line.drop { $0 == " " }
        let level = start.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = start.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // A closing sequence of #s is not part of the heading.
        if let closing = text.lastIndex(where: { $0 != "#" }), closing < text.index(before: text.endIndex),
            text[closing] == " " || text[closing] == "\t"
        {
            text = String(text[...closing]).trimmingCharacters(in: .whitespaces)
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        return (level, text)
    }

    /// A heading as compared: lower-cased, white space single, without what follows in brackets
    /// or a closing colon.
    private static func normalized(_ heading: String) -> String {
        var text = heading.lowercased()
        if let bracket = text.firstIndex(of: "(") { text = String(text[..<bracket]) }
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = text.last, ":.".contains(last) || last.isWhitespace { text.removeLast() }
        return text
    }
}
