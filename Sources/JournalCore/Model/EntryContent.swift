/// What an entry holds: the one place that says whether it holds anything. An entry that
/// holds nothing is refused (`EntryError.emptyText`), when it is added and when it is changed.
///
/// Today an entry holds its text; attachments will count as content too, so that an entry may
/// be a picture alone.
public struct EntryContent: Sendable {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    /// Text a person would call writing: more than white space and invisible characters.
    public var hasContent: Bool { !text.isBlank }
}
