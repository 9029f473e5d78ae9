/// What a person typed after `journal search`, understood.
///
/// Every word must match, as the start of a word (`anx` finds "anxious"), in the text, the
/// feelings or the tags; `a AND b` says the same explicitly; `"exact phrase"`; `a OR b`;
/// `-word` or `NOT word` must not match; `#tag` keeps entries with that tag. Operators are
/// written in capitals, or in any case between two phrases in quotes. Whatever
/// is typed becomes quoted FTS5 strings, so no input can reach SQLite as syntax; the index's
/// tokenizer cuts them into words as it cut the text.
public struct SearchQuery: Equatable, Sendable {
    public enum Term: Equatable, Sendable {
        /// A word as typed, matched as a prefix. The tokenizer may make several words of it
        /// (`don't` is `don` then `t`, `失眠了` is pairs of characters); they must then follow
        /// each other, the last as a prefix.
        case word(String)
        /// Words that must appear in this order, each whole.
        case phrase(String)
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
        // A term never holds a double quote, which is the only character with a meaning inside
        // an FTS5 string: the parser takes quotes as the ends of phrases.
        switch term {
        case .word(let text): "\"\(text)\"*"
        case .phrase(let text): "\"\(text)\""
        }
    }
}

public enum SearchQueryError: JournalFailure, Equatable {
    /// An operator (`OR`, `AND`, `NOT`) without a word on each side.
    case misplacedOperator(String, query: String)
    case nothingToSearch(String)
    case tooManyWords(Int)
    case notUnderstood(String)

    public var problem: String {
        switch self {
        case .misplacedOperator(let word, _): "\(word) needs a word on each side"
        case .nothingToSearch(let query): "\"\(query.prefix(40))\" has no letters or digits to search for"
        case .tooManyWords(let count): "the search has \(count) words, more than the \(SearchQuery.maximumTermCount) it can take"
        case .notUnderstood(let query): "the search \"\(query.prefix(40))\" could not be understood"
        }
    }

    public var advice: String {
        switch self {
        case .misplacedOperator("AND", _): "for example: journal search sleep AND work (the same as: journal search sleep work)"
        case .misplacedOperator("NOT", _):
            "for example: journal search sleep NOT work; for every entry without a word: journal search -work"
        case .misplacedOperator: "for example: journal search panic OR anxious"
        case .nothingToSearch: "search for words, like: journal search panic train"
        case .tooManyWords: "search for a few words that matter, or a phrase in quotes"
        case .notUnderstood: "search for plain words, a \"phrase in quotes\", OR, NOT, -word or #tag"
        }
    }
}

extension SearchQuery {
    /// Reads a query as typed. Lenient where the meaning is clear (an unclosed quote ends at
    /// the end; a `*` or a lone `-` is ignored); refuses what has no clear meaning, such as an
    /// operator at the start or the end.
    public init(parsing input: String) throws(SearchQueryError) {
        let tokens = Self.tokens(of: input)
        /// The operator waiting for the term after it.
        var pending: Token.Operator?
        /// Whether the last term was one to find, which `OR` can offer an alternative to.
        var canTakeOr = false
        var termCount = 0
        for (index, token) in tokens.enumerated() {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let operation = token.operation(between: previous, and: next) {
                let hasTermBefore = !groups.isEmpty || !excluded.isEmpty || !tags.isEmpty
                switch (operation, pending) {
                case (.or, nil) where canTakeOr, (.and, nil) where hasTermBefore, (.not, nil) where hasTermBefore,
                    (.not, .and?):
                    pending = operation
                    canTakeOr = false
                default:
                    // Two operators in a row: the first is the one without a word after it.
                    throw .misplacedOperator((pending ?? operation).rawValue, query: input)
                }
                continue
            }
            if !token.isQuoted, !token.isExcluded, pending != .not, token.text.hasPrefix("#"),
                Tags.isValid(String(token.text.dropFirst()))
            {
                guard pending != .or else { throw .misplacedOperator("OR", query: input) }
                pending = nil
                canTakeOr = false
                tags.append(String(token.text.dropFirst()).lowercased())
                continue
            }
            let words = Self.wordCount(of: token.text)
            guard words > 0 else { continue }
            termCount += words
            guard termCount <= Self.maximumTermCount else { throw .tooManyWords(Self.wordCount(of: input)) }
            let term: Term = token.isQuoted ? .phrase(token.text) : .word(token.text)
            switch pending {
            case .not?:
                guard !token.isExcluded else { throw .misplacedOperator("NOT", query: input) }
                excluded.append(term)
            case .or?:
                guard !token.isExcluded else { throw .misplacedOperator("OR", query: input) }
                groups[groups.count - 1].append(term)
            case .and?, nil:
                if token.isExcluded { excluded.append(term) } else { groups.append([term]) }
            }
            canTakeOr = pending != .not && !token.isExcluded
            pending = nil
        }
        if let pending { throw .misplacedOperator(pending.rawValue, query: input) }
        guard !isEmpty else { throw .nothingToSearch(input) }
    }

    private struct Token {
        enum Operator: String {
            case or = "OR"
            case and = "AND"
            case not = "NOT"
        }

        var text: String
        var isQuoted = false
        var isExcluded = false

        /// The operator this token is: a bare `OR`, `AND` or `NOT`, or one of them in any case
        /// between two phrases in quotes (`"bad day" and "panic"`).
        func operation(between previous: Token?, and next: Token?) -> Operator? {
            guard !isQuoted, !isExcluded else { return nil }
            if let operation = Operator(rawValue: text) { return operation }
            guard previous?.isQuoted == true, next?.isQuoted == true else { return nil }
            return Operator(rawValue: text.uppercased())
        }
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

    /// How many words `text` holds: runs of letters, digits and the marks that go with them
    /// (Thai tone marks, Devanagari vowel signs). Text with none has nothing to search for.
    static func wordCount(of text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isWordPart =
                properties.isAlphabetic || properties.numericType != nil
                || (inWord && [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory))
            if isWordPart, !inWord { count += 1 }
            inWord = isWordPart
        }
        return count
    }
}
