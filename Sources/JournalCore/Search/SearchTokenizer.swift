import GRDB

/// How the search index cuts text into words: FTS5's tokenizer `journal`, registered on every
/// connection (`JournalStore.configuration`) because the index and its triggers need it.
///
/// Text is cut by script, the way search engines commonly do:
/// - Chinese, Japanese and Korean (Han, kana, Hangul) into overlapping pairs of characters,
///   bigrams, so that any two or more characters of a run are found as a phrase, whatever the
///   words are: `失眠` in `今天晚上又失眠了`. The last character of a run is also indexed alone
///   (at the position of the last pair), so that a single character is found too.
/// - Thai, Lao, Khmer and Burmese into words by ICU's dictionary-based word breaks
///   (`ScriptWords`).
/// - Everything else by the tokenizer named in the arguments (`porter unicode61 …`), which
///   folds case and accents and stems English. Before it, `ß` becomes `ss`; after it, the `s`
///   of a possessive `'s` is left out, so `boss's` is the word `boss`.
///
/// Queries go through the same tokenizer, so a typed word is cut exactly as the text was,
/// except that a query's run of Chinese, Japanese or Korean is only its pairs: the lone last
/// character of the text would otherwise be required too.
final class SearchTokenizer: FTS5CustomTokenizer {
    static let name = "journal"

    private let wrapped: any FTS5Tokenizer
    private let scriptWords = ScriptWords()

    /// `arguments`: the tokenizer for text in scripts with spaces between words, with its own
    /// arguments, as in `tokenize = 'journal porter unicode61 remove_diacritics 2'`.
    init(db: Database, arguments: [String]) throws {
        guard !arguments.isEmpty else {
            throw DatabaseError(message: "the journal tokenizer needs a tokenizer to wrap")
        }
        wrapped = try db.makeTokenizer(FTS5TokenizerDescriptor(components: arguments))
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return tokenizeOK }
        let text = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        // Most entries are ASCII without an apostrophe: the wrapped tokenizer does everything,
        // with nothing in between.
        if Self.isPlainASCII(text) {
            return wrapped.tokenize(
                context: context, tokenization: tokenization, pText: pText, nText: nText, tokenCallback: tokenCallback)
        }
        let sink = TokenSink(text: text, context: context, callback: tokenCallback)
        let isQuery = tokenization.contains(.query)
        var runStart = 0
        var runScript = Script.spaced
        var index = 0
        while index < text.count {
            let (scalar, length) = Self.scalar(in: text, at: index)
            let script = Script(scalar)
            if script != runScript {
                let code = tokenize(runScript, text, runStart..<index, tokenization, isQuery: isQuery, sink)
                guard code == tokenizeOK else { return code }
                runStart = index
                runScript = script
            }
            index += length
        }
        return tokenize(runScript, text, runStart..<text.count, tokenization, isQuery: isQuery, sink)
    }

    private func tokenize(
        _ script: Script, _ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, _ tokenization: FTS5Tokenization,
        isQuery: Bool, _ sink: TokenSink
    ) -> CInt {
        guard !run.isEmpty else { return tokenizeOK }
        switch script {
        case .spaced: return tokenizeSpaced(text, run, tokenization, sink)
        case .paired: return Self.emitPairs(text, run, isQuery: isQuery, sink)
        case .dictionary:
            guard let words = scriptWords.words(in: UnsafeBufferPointer(rebasing: text[run])) else {
                return Self.emitPairs(text, run, isQuery: isQuery, sink)
            }
            for word in words {
                let code = sink.emit(start: run.lowerBound + word.lowerBound, end: run.lowerBound + word.upperBound)
                guard code == tokenizeOK else { return code }
            }
            return tokenizeOK
        }
    }

    /// Whether `text` is ASCII without an apostrophe, looked at eight bytes at a time: an
    /// import looks at every entry.
    private static func isPlainASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let apostrophes = ones &* UInt64(UInt8(ascii: "'"))
        let raw = UnsafeRawBufferPointer(text)
        var index = 0
        while index + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte of `word ^ apostrophes` is zero where `word` has an apostrophe.
            let other = word ^ apostrophes
            if word & highBits != 0 || (other &- ones) & ~other & highBits != 0 { return false }
            index += 8
        }
        return !text[index...].contains { $0 >= 0x80 || $0 == UInt8(ascii: "'") }
    }

    /// Hands the run to the wrapped tokenizer, with `ß` and `ẞ` spelled `ss` (in as many bytes,
    /// so that offsets stay those of the text).
    private func tokenizeSpaced(
        _ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, _ tokenization: FTS5Tokenization, _ sink: TokenSink
    ) -> CInt {
        sink.offset = run.lowerBound
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let piece = UnsafeBufferPointer(rebasing: text[run])
        guard var folded = Self.foldingSharpS(piece) else {
            return wrapped.tokenize(
                context: context, tokenization: tokenization,
                pText: UnsafeRawPointer(piece.baseAddress!).assumingMemoryBound(to: CChar.self), nText: CInt(piece.count),
                tokenCallback: forwardToken)
        }
        return folded.withUnsafeMutableBufferPointer { bytes in
            wrapped.tokenize(
                context: context, tokenization: tokenization,
                pText: UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), nText: CInt(bytes.count),
                tokenCallback: forwardToken)
        }
    }

    /// A copy of `bytes` with `ß` (2 bytes) as `ss` and `ẞ` (3 bytes) as `sſ`, which unicode61
    /// folds to `ss`; nil when there is neither.
    private static func foldingSharpS(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var folded: [UInt8]?
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] == 0x9F {
                if folded == nil { folded = Array(bytes) }
                folded![index] = UInt8(ascii: "s")
                folded![index + 1] = UInt8(ascii: "s")
                index += 2
            } else if bytes[index] == 0xE1, index + 2 < bytes.count, bytes[index + 1] == 0xBA, bytes[index + 2] == 0x9E {
                if folded == nil { folded = Array(bytes) }
                folded!.replaceSubrange(index..<index + 3, with: [UInt8(ascii: "s"), 0xC5, 0xBF])
                index += 3
            } else {
                index += 1
            }
        }
        return folded
    }

    /// Every pair of neighbouring characters of the run; in a text, also its last character at
    /// the last pair's position. A run of one character is that character.
    private static func emitPairs(_ text: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, isQuery: Bool, _ sink: TokenSink) -> CInt {
        var starts: [Int] = []
        var index = run.lowerBound
        while index < run.upperBound {
            starts.append(index)
            index += scalar(in: text, at: index).length
        }
        starts.append(run.upperBound)
        let count = starts.count - 1
        guard count > 1 else { return sink.emit(start: starts[0], end: starts[1]) }
        for pair in 0..<(count - 1) {
            let code = sink.emit(start: starts[pair], end: starts[pair + 2])
            guard code == tokenizeOK else { return code }
        }
        return isQuery ? tokenizeOK : sink.emit(start: starts[count - 1], end: starts[count], colocated: true)
    }

    /// The Unicode scalar at `index` of UTF-8 bytes, and its length in bytes. A malformed byte
    /// counts as one scalar of its own, U+FFFD.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        let length =
            switch lead {
            case 0..<0x80: 1
            case 0xC2..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0..<0xF5: 4
            default: 0
            }
        guard length > 1 else { return length == 1 ? (lead, 1) : (0xFFFD, 1) }
        guard index + length <= bytes.count else { return (0xFFFD, 1) }
        var value = lead & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = UInt32(bytes[index + offset])
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | byte & 0x3F
        }
        return (value, length)
    }
}

extension SearchTokenizer {
    /// The tokenizer arguments of the index, as its migration wrote them.
    static let indexArguments = ["porter", "unicode61", "remove_diacritics", "2", "categories", "L* N* Co M*"]

    /// The byte ranges of the words of UTF-8 `text` as the index sees them, in order, each
    /// place once (the lone last character of a run of Chinese is not another word).
    func wordRanges(in text: [UInt8]) -> [Range<Int>] {
        final class Collected { var ranges: [Range<Int>] = [] }
        let collected = Collected()
        text.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            _ = tokenize(
                context: Unmanaged.passUnretained(collected).toOpaque(), tokenization: .aux,
                pText: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), nText: CInt(bytes.count),
                tokenCallback: { context, flags, _, _, start, end in
                    if flags & FTS5TokenFlags.colocated.rawValue == 0 {
                        Unmanaged<Collected>.fromOpaque(context!).takeUnretainedValue().ranges.append(Int(start)..<Int(end))
                    }
                    return tokenizeOK
                })
        }
        return collected.ranges
    }
}

/// How text in a script is cut into words.
private enum Script {
    /// Words between spaces and punctuation, like Latin, Greek, Cyrillic, Arabic, Devanagari.
    case spaced
    /// Chinese, Japanese and Korean: pairs of characters.
    case paired
    /// Thai, Lao, Khmer and Burmese: words found with a dictionary.
    case dictionary

    init(_ value: UInt32) {
        // Everything before Thai is spaced, and most text is there.
        guard value >= 0x0E00 else {
            self = .spaced
            return
        }
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0xA9E0...0xA9FF, 0xAA60...0xAA7F:
            self = Self.isWordCharacter(value) ? .dictionary : .spaced
        case 0x1100...0x11FF, 0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035, 0x303B...0x303C, 0x3040...0x30FF,
            0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF,
            0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
            self = Self.isWordCharacter(value) ? .paired : .spaced
        default:
            self = .spaced
        }
    }

    /// Letters, marks and numbers; punctuation such as `、` or `・` and spaces separate.
    private static func isWordCharacter(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Passes tokens on to FTS5 with offsets into the whole text, leaving out the `s` of a
/// possessive `'s`.
private final class TokenSink {
    private let text: UnsafeBufferPointer<UInt8>
    private let context: UnsafeMutableRawPointer?
    private let callback: FTS5TokenCallback
    /// Where the piece of text the wrapped tokenizer is working on starts.
    var offset = 0
    /// Where the last token passed on ends; -1 before the first.
    private var previousEnd = -1

    init(text: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, callback: @escaping FTS5TokenCallback) {
        self.text = text
        self.context = context
        self.callback = callback
    }

    /// Passes on the bytes of the text from `start` to `end` as a token.
    func emit(start: Int, end: Int, colocated: Bool = false) -> CInt {
        previousEnd = end
        let token = UnsafeRawPointer(text.baseAddress! + start).assumingMemoryBound(to: CChar.self)
        return callback(context, colocated ? FTS5TokenFlags.colocated.rawValue : 0, token, CInt(end - start), CInt(start), CInt(end))
    }

    /// Passes on a token of the wrapped tokenizer, whose offsets count from `offset`.
    func forward(flags: CInt, token: UnsafePointer<CChar>?, length: CInt, start: CInt, end: CInt) -> CInt {
        let start = offset + Int(start)
        let end = offset + Int(end)
        if length == 1, token?.pointee == CChar(UInt8(ascii: "s")), isPossessive(at: start) { return tokenizeOK }
        previousEnd = end
        return callback(context, flags, token, length, CInt(start), CInt(end))
    }

    /// Whether the `s` at `start` follows an apostrophe (`'` or `’`) right after a word.
    private func isPossessive(at start: Int) -> Bool {
        if start >= 1, text[start - 1] == UInt8(ascii: "'") { return previousEnd == start - 1 }
        if start >= 3, text[start - 3] == 0xE2, text[start - 2] == 0x80, text[start - 1] == 0x99 { return previousEnd == start - 3 }
        return false
    }
}

/// What a tokenizer and its callback answer when all is well: SQLite's SQLITE_OK.
let tokenizeOK = ResultCode.SQLITE_OK.rawValue

private let forwardToken: FTS5TokenCallback = { context, flags, token, length, start, end in
    Unmanaged<TokenSink>.fromOpaque(context!).takeUnretainedValue()
        .forward(flags: flags, token: token, length: length, start: start, end: end)
}
