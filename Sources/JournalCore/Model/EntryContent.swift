/// What an entry holds: the one place that says whether it holds anything. An entry that
/// holds nothing is refused (`EntryError.emptyText`), when it is added and when it is changed.
///
/// An entry holds its text and its pictures: it may be a picture alone, without a word.
public struct EntryContent: Sendable {
    public var text: String
    /// How many pictures the entry has.
    public var attachmentCount: Int

    public init(text: String, attachmentCount: Int = 0) {
        self.text = text
        self.attachmentCount = attachmentCount
    }

    /// Text a person would call writing (more than white space and invisible characters), or
    /// a picture.
    public var hasContent: Bool { attachmentCount > 0 || !text.isBlank }
}
