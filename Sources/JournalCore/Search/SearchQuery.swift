/// What a person typed after `journal search`, understood.
///
/// Every word must match, as the start of a word (`anx` finds "anxious"); `"exact phrase"`;
/// `a OR b`; `-word` must not match; `#tag` keeps entries with that tag. Whatever is typed
/// becomes quoted FTS5 terms, so no input can reach SQLite as syntax.
public struct SearchQuery: Equatable, Sendable {
    public enum Term: Equatable, Sendable {
        /// A word, matched as a prefix. Several parts when the word holds characters the index
        /// splits on (`don't` is `don` then `t`).
        case word([String])
        /// Words that must appear in this order, each whole.
        case phrase([String])
    }

    /// Every group must match; within a group, any term (`a OR b`).
    public var groups: [[Term]] = []
    /// No term may match.
    public var excluded: [Term] = []
    /// `#tag` words.
    public var tags: [String] = []

    /// The most words a query may have: enough for any question, few enough to answer quickly.
    public static let maximumTermCount = 64

    public var isEmpty: Bool { groups.isEmpty && excluded.isEmpty && tags.isEmpty }

    /// The FTS5 expression for the groups and the excluded terms; nil when there are no groups
    /// (FTS5 cannot search for "not x" alone).
    var matchExpression: String? {
        guard !groups.isEmpty else { return nil }
        let required = groups.map { group in
            group.count == 1 ? Self.expression(group[0]) : "(" + group.map(Self.expression).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        guard let excludedExpression else { return required }
        return "(\(required)) NOT \(excludedExpression)"
    }

    /// The FTS5 expression matching any excluded term.
    var excludedExpression: String? {
        excluded.isEmpty ? nil : "(" + excluded.map(Self.expression).joined(separator: " OR ") + ")"
    }

    private static func expression(_ term: Term) -> String {
        // Parts hold only letters and digits, so quoting them needs no escaping.
        switch term {
        case .word(let parts): "\"\(parts.joined(separator: " "))\"*"
        case .phrase(let parts): "\"\(parts.joined(separator: " "))\""
        }
    }
}

public enum SearchQueryError: JournalFailure, Equatable {
    case misplacedOr(String)
    case nothingToSearch(String)
    case tooManyWords(Int)
    case notUnderstood(String)

    public var problem: String {
        switch self {
        case .misplacedOr: "OR needs a word on each side"
        case .nothingToSearch(let query): "\"\(query.prefix(40))\" has no letters or digits to search for"
        case .tooManyWords(let count): "the search has \(count) words, more than the \(SearchQuery.maximumTermCount) it can take"
        case .notUnderstood(let query): "the search \"\(query.prefix(40))\" could not be understood"
        }
    }

    public var advice: String {
        switch self {
        case .misplacedOr: "for example: journal search panic OR anxious"
        case .nothingToSearch: "search for words, like: journal search panic train"
        case .tooManyWords: "search for a few words that matter, or a phrase in quotes"
        case .notUnderstood: "search for plain words, a \"phrase in quotes\", OR, -word or #tag"
        }
    }
}

extension SearchQuery {
    /// Reads a query as typed. Lenient where the meaning is clear (an unclosed quote ends at
    /// the end; a `*` or a lone `-` is ignored); refuses what has no clear meaning.
    public init(parsing input: String) throws(SearchQueryError) {
        var pendingOr = false
        var termCount = 0
        for token in Self.tokens(of: input) {
            if token.isOr {
                guard !groups.isEmpty, !pendingOr else { throw .misplacedOr(input) }
                pendingOr = true
                continue
            }
            if !token.isQuoted, !token.isExcluded, token.text.hasPrefix("#"), Tags.isValid(String(token.text.dropFirst())) {
                guard !pendingOr else { throw .misplacedOr(input) }
                tags.append(String(token.text.dropFirst()).lowercased())
                continue
            }
            let parts = Self.indexedParts(of: token.text)
            guard !parts.isEmpty else { continue }
            termCount += parts.count
            guard termCount <= Self.maximumTermCount else { throw .tooManyWords(Self.indexedParts(of: input).count) }
            let term: Term = token.isQuoted ? .phrase(parts) : .word(parts)
            if token.isExcluded {
                guard !pendingOr else { throw .misplacedOr(input) }
                excluded.append(term)
            } else if pendingOr {
                groups[groups.count - 1].append(term)
                pendingOr = false
            } else {
                groups.append([term])
            }
        }
        guard !pendingOr else { throw .misplacedOr(input) }
        guard !isEmpty else { throw .nothingToSearch(input) }
    }

    private struct Token {
        var text: String
        var isQuoted = false
        var isExcluded = false
        var isOr: Bool { !isQuoted && !isExcluded && text == "OR" }
    }

    private static func tokens(of input: String) -> [Token] {
        var tokens: [Token] = []
        var current = Token(text: "")
        var inQuotes = false
        func finish() {
            if !current.text.isEmpty { tokens.append(current) }
            current = Token(text: "")
        }
        for character in input {
            if character == "\"" {
                if inQuotes {
                    current.isQuoted = true
                    finish()
                } else if !current.text.isEmpty {
                    finish()
                }
                // A `-` just before the opening quote stays with the phrase: `-"bad day"`.
                inQuotes.toggle()
            } else if inQuotes {
                current.text.append(character)
            } else if character.isWhitespace {
                finish()
            } else if character == "-", current.text.isEmpty, !current.isExcluded {
                current.isExcluded = true
            } else {
                current.text.append(character)
            }
        }
        current.isQuoted = inQuotes
        finish()
        return tokens
    }

    /// The pieces the index's tokenizer (unicode61) would make of `text`: runs of letters and
    /// digits, lower-cased.
    static func indexedParts(of text: String) -> [String] {
        var parts: [String] = []
        var part = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                part.append(scalar)
            } else if !part.isEmpty {
                parts.append(String(part).lowercased())
                part = String.UnicodeScalarView()
            }
        }
        if !part.isEmpty { parts.append(String(part).lowercased()) }
        return parts
    }
}
