import Foundation

/// The kinds of file `journal import` reads.
public enum ImportFormat: String, CaseIterable, Sendable, CustomStringConvertible {
    /// This tool's own export (`"format": "journal-export"`).
    case json
    /// jrnl's plain-text journal file.
    case jrnl
    /// The output of `jrnl --format json`.
    case jrnlJSON = "jrnl-json"
    /// Daylio's CSV export.
    case daylio
    /// Day One's export: its zip, or the JSON file of a journal in it.
    case dayone
    /// This tool's CSV export.
    case csv
    /// This tool's Markdown export.
    case markdown

    /// What the format is, in a person's words: `a jrnl journal`.
    public var description: String {
        switch self {
        case .json: "journal's own export"
        case .jrnl: "a jrnl journal"
        case .jrnlJSON: "jrnl's JSON export"
        case .daylio: "a Daylio CSV export"
        case .dayone: "a Day One export"
        case .csv: "journal's CSV export"
        case .markdown: "journal's Markdown export"
        }
    }
}

/// What an import needs to know beyond the file itself.
public struct ImportOptions: Sendable {
    /// Daylio mood labels to moods 0–10 beyond (or overriding) the default five, from --mood-map "label=N,…".
    public var moodMap: [String: Int]
    /// The importing person's time zone, for formats whose times carry no offset (jrnl, Daylio).
    public var timeZone: TimeZone
    /// jrnl's `timeformat` setting, from --jrnl-timeformat; nil to recognise it from the file.
    public var jrnlTimeFormat: JrnlTimeFormat?

    public init(moodMap: [String: Int] = [:], timeZone: TimeZone, jrnlTimeFormat: JrnlTimeFormat? = nil) {
        self.moodMap = moodMap
        self.timeZone = timeZone
        self.jrnlTimeFormat = jrnlTimeFormat
    }
}

/// Reads the records of an import file, one at a time.
public enum ImportReading {
    /// Streams the records of the file at `path`, in file order, to `body`, without holding the
    /// whole file in memory. Throws ImportError naming FILE:LINE (or the entry index) and what is wrong.
    ///
    /// Errors thrown by `body` pass through unchanged. A record is handed over as soon as it
    /// is read, so a malformed record late in a file is found after the records before it have
    /// reached `body`: what `body` stores must be undone (a transaction rolled back) when this
    /// throws.
    ///
    /// Without a `format`, the file's kind is told from its first bytes (see
    /// `ImportFormat.recognising`), and `recognised` hears which it is before any record is
    /// read; a file whose kind cannot be told is refused, listing the formats. Day One's zip is
    /// read by `DayOneArchive`, by its path: it cannot come through a pipe.
    ///
    /// Messages call the file `name`, by default its path.
    public static func read(
        path: String, name: String? = nil, format: ImportFormat?, options: ImportOptions,
        recognised: (ImportFormat) -> Void = { _ in }, _ body: (ImportedRecord) throws -> Void
    ) throws {
        let file = try ChunkedFile(path: path, name: name)
        let format = try format ?? {
            let found = try ImportFormat.recognising(file)
            recognised(found)
            return found
        }()
        if format == .dayone, DayOneArchive.isZip(try file.firstBytes()) {
            guard file.canBeReadAgain else {
                throw ImportError(
                    file: file.name, location: nil, reason: "a zip cannot be read through a pipe",
                    remedy: "import the zip by its name")
            }
            return try DayOneArchive(path: path, name: file.name).read(timeZone: options.timeZone, body)
        }
        try read(file, format: format, options: options, body)
    }

    /// Reads from a file already opened, so that tests can watch how much of it has been read.
    static func read(
        _ file: ChunkedFile, format: ImportFormat, options: ImportOptions, _ body: (ImportedRecord) throws -> Void
    ) throws {
        switch format {
        case .json: try JournalExportReader(file: file).read(body)
        case .jrnl: try JrnlReader(file: file, timeZone: options.timeZone, format: options.jrnlTimeFormat).read(body)
        case .jrnlJSON: try JrnlJSONReader(file: file, timeZone: options.timeZone).read(body)
        case .daylio: try DaylioReader(file: file, options: options).read(body)
        case .dayone: try DayOneReader(file: file, timeZone: options.timeZone).read(body)
        case .csv: try JournalCSVReader(file: file).read(body)
        case .markdown: try JournalMarkdownReader(file: file).read(body)
        }
    }

    /// Parses `--mood-map "awful=0,meh=4"`; throws a JournalFailure naming the bad part.
    ///
    /// Labels are matched without regard to case, so they come back lower-cased. Empty parts,
    /// as after a trailing comma, are passed over.
    public static func parseMoodMap(_ text: String) throws -> [String: Int] {
        var moods: [String: Int] = [:]
        for part in text.split(separator: ",") {
            let trimmed = part.trimmed()
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw MoodMapError(part: trimmed, reason: "it has no =")
            }
            let label = trimmed[..<equals].trimmed().lowercased()
            let number = trimmed[trimmed.index(after: equals)...].trimmed()
            guard !label.isEmpty else {
                throw MoodMapError(part: trimmed, reason: "it names no mood label before the =")
            }
            guard let mood = Int(number) else {
                throw MoodMapError(part: trimmed, reason: "\"\(number)\" is not a whole number")
            }
            guard Mood.range.contains(mood) else {
                throw MoodMapError(part: trimmed, reason: "\(mood) is not a mood from 0 (the worst) to 10 (the best)")
            }
            if let earlier = moods[label], earlier != mood {
                throw MoodMapError(part: trimmed, reason: "\"\(label)\" is already given the mood \(earlier)")
            }
            moods[label] = mood
        }
        guard !moods.isEmpty else { throw MoodMapError(part: text, reason: "it gives no label=N pairs") }
        return moods
    }
}

/// A `--mood-map` that cannot be read.
public struct MoodMapError: JournalFailure, Equatable {
    /// The part of the option that is wrong.
    public var part: String
    public var reason: String

    public var problem: String { "--mood-map \"\(part.prefix(60))\" cannot be read: \(reason)" }

    public var advice: String {
        "give each mood label a number from 0 to 10, separated by commas, like --mood-map \"sleepy=4,ecstatic=10\""
    }
}
