import Foundation

/// Reads `journal export --format markdown` back (see `MarkdownExportWriter`):
///
/// ```
/// # Journal
///
/// ## Fri 20 Nov 2026
///
/// ### 21:05 · mood 3/10 · flagged
/// <!-- journal-entry { "date": "2026-11-20T21:05:00+01:00", "mood": 3, "tags": [], … } -->
///
/// *feeling anxious*
///
/// > Argued with Sam about money.
///
/// ![storm.jpg](2026-pictures/12-1-storm.jpg)
/// ```
///
/// Each entry is the comment under its heading, which holds its date, mood, tags, feelings
/// and flags, the block quote that holds its text, and a line for each of its pictures
/// (`MarkdownPictureLine`): a link to the file, read from beside the document, or a name
/// alone, counted as left behind. The headings and the line of labels are for reading and are
/// passed over. A line that has no place in such a document stops the import, naming it.
struct JournalMarkdownReader {
    let file: ChunkedFile

    func read(_ body: (ImportedRecord) throws -> Void) throws {
        var cursor = try ByteCursor(file: file)
        var bytes: [UInt8] = []
        var lineNumber = 0
        var hasTitle = false
        var entryCount = 0
        var pending: PendingEntry?
        let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent().path
        func finish() throws {
            guard let entry = pending else { return }
            pending = nil
            let hasPictures = !entry.pictures.isEmpty || !entry.media.isEmpty
            guard let text = entry.hasQuote ? MarkdownText.unquoted(entry.quote) : hasPictures ? "" : nil else {
                throw ImportError(file: file.name, location: .line(entry.line), reason: "this entry has no text in a quote (> …)")
            }
            var imported = try Self.entry(entry.details, text: text, line: entry.line)
            imported.attachments = entry.pictures
            imported.media = entry.media
            try body(.entry(imported))
        }
        var expectsDetails = false
        while try cursor.readLine(into: &bytes) {
            lineNumber += 1
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw ImportError(file: file.name, location: .line(lineNumber), reason: "this line is not UTF-8 text")
            }
            if expectsDetails {
                expectsDetails = false
                entryCount += 1
                pending = PendingEntry(details: try details(line, line: lineNumber, index: entryCount), line: lineNumber)
                continue
            }
            if line.hasPrefix(">"), let entry = pending, !entry.isPastText {
                pending?.quote.append(line[...])
                pending?.hasQuote = true
                continue
            }
            if pending?.hasQuote == true { pending?.isPastText = true }
            if line.isBlank { continue }
            if pending != nil, let picture = MarkdownPictureLine.read(line, besideDocumentIn: folder) {
                pending?.isPastText = true
                switch picture {
                case .file(let attachment): pending?.pictures.append(attachment)
                case .leftBehind(let media): pending?.media.append(media)
                }
                continue
            }
            if !hasTitle {
                guard line == MarkdownExportWriter.title else {
                    throw ImportError(
                        file: file.name, location: .line(lineNumber),
                        reason: "not a Markdown export of journal: it should start with \(MarkdownExportWriter.title)")
                }
                hasTitle = true
            } else if line.hasPrefix("### ") {
                try finish()
                expectsDetails = true
            } else if line.hasPrefix("## ") {
                try finish()
            } else if !(pending != nil && pending?.isPastText == false && line.hasPrefix("*")) {
                throw ImportError(
                    file: file.name, location: .line(lineNumber),
                    reason: "this line has no place in a Markdown export of journal, which has headings, "
                        + "their comments, a line of labels and the text in a quote (> …)")
            }
        }
        try finish()
        if expectsDetails {
            throw ImportError(file: file.name, location: .line(lineNumber), reason: "the last heading has no entry under it")
        }
    }

    /// An entry read up to where the file has shown it so far.
    private struct PendingEntry {
        let details: JSONRecord
        let line: Int
        var quote: [Substring] = []
        var hasQuote = false
        /// Past its text: a quote now would be a second one.
        var isPastText = false
        var pictures: [ImportedAttachment] = []
        var media: [ImportedMedia] = []
    }

    /// The comment under an entry's heading, read as JSON.
    private func details(_ line: String, line number: Int, index: Int) throws -> JSONRecord {
        let place = JSONRecordPlace(file: file.name, kind: .entry, index: index, line: number)
        guard line.hasPrefix(MarkdownExportWriter.entryMark), line.hasSuffix(" -->") else {
            throw ImportError(
                file: file.name, location: .line(number),
                reason: "an entry's heading should be followed by its \(MarkdownExportWriter.entryMark)… --> comment")
        }
        let json = line.dropFirst(MarkdownExportWriter.entryMark.count).dropLast(" -->".count)
        var reader = try StreamingJSON(file: ChunkedFile(bytes: json.utf8, name: file.name))
        do {
            let value = try reader.readValue()
            try reader.expectEnd()
            return try JSONRecord(value, place: place)
        } catch let error as JSONSyntaxError {
            throw ImportError(file: file.name, location: .line(number), reason: "malformed JSON in the comment: \(error.message)")
        }
    }

    private static func entry(_ details: JSONRecord, text: String, line: Int) throws(ImportError) -> ImportedEntry {
        ImportedEntry(
            moment: try details.requiredMoment("date"), text: text, mood: try details.mood("mood"),
            tags: try details.words("tags"), feelings: try details.words("feelings"),
            isFlagged: try details.flag("flagged"), isPrivate: try details.flag("private"), location: .line(line))
    }
}
