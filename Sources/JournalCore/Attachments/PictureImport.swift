import Foundation
import GRDB

/// Stores an imported entry that has pictures (see `ImportedAttachment`), inside the import's
/// transaction.
struct PictureImport {
    let db: Database
    let file: String
    let now: Date
    let preparer: (any PicturePreparing)?
    let entries: EntryInsertion

    /// Stores `imported` with its pictures, or, when the journal already holds it (`existing`,
    /// the same date and text), the pictures that entry lacks. `validate` checks the entry with
    /// its pictures made ready.
    ///
    /// - Throws: `ImportError` for a picture the journal cannot keep, naming the entry; the
    ///   picture helper's own `AttachmentError`s (missing, cannot start) as they are.
    func store(
        _ imported: ImportedEntry, existing: Int64?, validate: ([PreparedPicture]) throws -> ValidatedEntry
    ) throws -> (isNew: Bool, picturesAdded: Int) {
        let location = imported.location
        let files = try imported.attachments.map { attachment in
            let file = try checked(at: location) { () throws(AttachmentError) in
                try AttachmentFile.checking(attachment.bytes, name: attachment.name)
            }
            return (file: file, attachedAt: attachment.attachedAt ?? now)
        }
        if let id = existing {
            var present = Set(try JournalStore.checksums(ofEntry: id, db).keys)
            let missing = files.filter { present.insert(Checksum.sha256($0.file.bytes)).inserted }
            let prepared = try missing.map { try prepare($0.file, attachedAt: $0.attachedAt, at: location) }
            try AttachmentInsertion(db).insert(prepared, intoEntry: id)
            return (false, prepared.count)
        }
        let entry = try validate(try files.map { try prepare($0.file, attachedAt: $0.attachedAt, at: location) })
        _ = try entries.insert(entry)
        return (true, entry.pictures.count)
    }

    private func prepare(_ file: AttachmentFile, attachedAt: Date, at location: ImportLocation) throws -> PreparedPicture {
        guard let preparer else {
            throw ImportError(file: self.file, location: location, reason: "the entry has pictures, which this import cannot read")
        }
        return try checked(at: location) { () throws(AttachmentError) in try preparer.prepare(file, attachedAt: attachedAt) }
    }

    /// Runs `body`, turning what is wrong with a picture into an `ImportError` at the entry;
    /// what is wrong with the picture helper stays as it is, with its own advice.
    private func checked<Result>(at location: ImportLocation, _ body: () throws(AttachmentError) -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            switch error {
            case .helperMissing, .helperCannotStart, .helperNotUnderstood, .cannotWriteCopy: throw error
            default: throw ImportError(file: file, location: location, reason: error.problem)
            }
        }
    }
}
