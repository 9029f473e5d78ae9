import ArgumentParser

/// The id of an entry, a session, a topic or a check-in, as the listings show it: `12` or
/// `#12`. In bash a `#` at the start of a word starts a comment, so there it is typed `12` or
/// quoted (`'#12'`).
struct RecordID: ExpressibleByArgument, Hashable, Sendable, CustomStringConvertible {
    let value: Int64

    init?(argument: String) {
        var text = Substring(argument.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("#") { text = text.dropFirst() }
        guard text.allSatisfy(\.isASCII), let value = Int64(text), value > 0 else { return nil }
        self.value = value
    }

    var description: String { String(value) }
}
