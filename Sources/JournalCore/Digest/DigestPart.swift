/// A part of the digest that `journal prep --only` may choose, by the name it is typed as.
/// The header (whose digest, the period, the sessions) and the lines to raise first are in
/// every digest: a short digest must not leave out thoughts of self-harm.
public enum DigestPart: String, CaseIterable, Sendable {
    /// What the writer wanted to tell the therapist (`journal message`).
    case messages
    case topics
    case homework
    case flagged
    case mood
    case checkIns = "check-ins"
    case worksheets
    case feelings
    case hardest
    /// The entries no other part shows.
    case entries

    /// `flagged,mood`: parts as typed, separated by commas; the same part twice counts once.
    /// Throws `DigestPartError` for an empty list or a name that is no part.
    public static func parseList(_ text: String) throws(DigestPartError) -> Set<DigestPart> {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { throw .empty }
        var parts: Set<DigestPart> = []
        for name in names {
            // "check-in" and "checkins" are what people type too.
            let known = DigestPart(rawValue: name) ?? (name == "check-in" || name == "checkins" ? .checkIns : nil)
            guard let part = known else { throw .unknown(name) }
            parts.insert(part)
        }
        return parts
    }
}

extension DigestSection {
    /// The part of the digest this section belongs to; nil for the lines raised first, which
    /// every digest keeps.
    var part: DigestPart? {
        switch self {
        case .raiseFirst, .urgesToRaise: nil
        case .messages: .messages
        case .topics: .topics
        case .homework: .homework
        case .flagged: .flagged
        case .mood: .mood
        case .checkIns: .checkIns
        case .worksheets: .worksheets
        case .feelingsAndTags: .feelings
        case .hardestMoments: .hardest
        case .otherEntries: .entries
        }
    }
}

/// Why `--only` cannot be read.
public enum DigestPartError: JournalFailure, Equatable {
    case empty
    case unknown(String)

    public var problem: String {
        switch self {
        case .empty: "--only names no part of the digest"
        case .unknown(let name): "\"\(name.prefix(40))\" is not a part of the digest"
        }
    }

    public var advice: String {
        "choose among " + DigestPart.allCases.map(\.rawValue).joined(separator: ", ")
            + ", separated by commas: --only flagged,mood"
    }
}
