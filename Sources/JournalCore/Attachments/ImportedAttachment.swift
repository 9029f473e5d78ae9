import Foundation

/// A picture of an imported entry, as a file holds it: this tool's export (base64 in its JSON),
/// or a picture file another tool's export refers to (Day One's photos and PDFs).
///
/// The import checks it as `journal attach` checks a file (its kind told from its content, at
/// most `PictureLimits.largestFileSize`, whole), has the picture helper read it and make its
/// print copy, and stores it with the entry. When the entry is already in the journal (the same
/// date and text), the pictures it lacks are attached to it, and those it has (the same bytes)
/// are passed over, so that importing a file twice adds nothing the second time. A picture the
/// journal cannot keep stops the import, naming the entry, and nothing is stored.
public struct ImportedAttachment: Equatable, Sendable {
    /// The file's name, as the journal will show it; a folder before it is dropped.
    public var name: String
    /// The file's bytes, exactly.
    public var bytes: Data
    /// When it was attached; nil for the moment of the import.
    public var attachedAt: Date?

    public init(name: String, bytes: Data, attachedAt: Date? = nil) {
        self.name = name
        self.bytes = bytes
        self.attachedAt = attachedAt
    }
}
