/// The snippet of a hit: the passage of its text where the matches are best, or, when only
/// its feelings or tags match, those.
///
/// FTS5's own snippet() chooses its passage much like this, but gives the start of a sentence
/// its bonus only when the sentence starts before the match: a text starting "Panic attack…"
/// and ending "…at dinner. #panic" got the `#panic` at its end. Here the passage is chosen in
/// Swift, from FTS5's highlight() of the whole text and the index's own words.
struct Snippet {
    /// Words in a passage, as FTS5's snippet() was asked for.
    static let wordCount = 14

    private let tokenizer: SearchTokenizer

    init(tokenizer: SearchTokenizer) {
        self.tokenizer = tokenizer
    }

    /// The best passage of `text` with its matches marked; nil when nothing in the text matches.
    ///
    /// - Parameter highlighted: `text` as FTS5's highlight() gives it, the matches between
    ///   `SearchHit.highlightStart` and `SearchHit.highlightEnd`. It may stop short of the text
    ///   (at a NUL character), and then the rest holds no match.
    func passage(of text: String, highlighted: String) -> String? {
        let bytes = Array(text.utf8)
        guard let matches = Self.matches(in: highlighted, of: bytes), !matches.isEmpty else { return nil }
        let words = tokenizer.wordRanges(in: bytes)
        let found = matches.compactMap { match in Found(match, words: words, bytes: bytes) }
        guard !found.isEmpty else { return nil }
        let window = Self.bestWindow(found, words: words, bytes: bytes)
        return Self.render(bytes, words: words, window: window, matches: matches)
    }

    /// The feelings, the tags and the pictures' names that match, as a line like
    /// `feeling anxious · #family · picture storm.jpg`; nil when none does.
    ///
    /// - Parameters:
    ///   - feelings: an entry's `feelingWords` (`anxious, tired`) as highlight() gives them.
    ///   - tags: an entry's `tagWords` (`#family #work`) as highlight() gives them.
    ///   - pictures: an entry's `pictureWords` (one name a line) as highlight() gives them.
    static func labels(feelings: String, tags: String, pictures: String = "") -> String? {
        let marker = SearchHit.highlightStart
        let feelings = feelings.components(separatedBy: ", ").filter { $0.contains(marker) }
        let tags = tags.split(separator: " ").filter { $0.contains(marker) }
        let pictures = pictures.split(separator: "\n").filter { $0.contains(marker) }
        var parts: [String] = []
        if !feelings.isEmpty { parts.append("feeling " + feelings.joined(separator: ", ")) }
        if !tags.isEmpty { parts.append(tags.joined(separator: " ")) }
        if !pictures.isEmpty { parts.append((pictures.count == 1 ? "picture " : "pictures ") + pictures.joined(separator: ", ")) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// A match, in words of the text.
    private struct Found {
        var first: Int
        var last: Int
        /// What matched, in lower case: the same word matched twice counts once in full.
        var key: String

        init?(_ match: Range<Int>, words: [Range<Int>], bytes: [UInt8]) {
            guard let first = words.firstIndex(where: { $0.lowerBound >= match.lowerBound }),
                let last = words.lastIndex(where: { $0.upperBound <= match.upperBound }), first <= last
            else { return nil }
            self.first = first
            self.last = last
            key = String(decoding: bytes[match], as: UTF8.self).lowercased()
        }
    }

    /// The byte ranges of the marked matches of `highlighted`; nil when `highlighted` is not
    /// `text` with marks (a text holding the marks' own characters).
    private static func matches(in highlighted: String, of text: [UInt8]) -> [Range<Int>]? {
        let start = Array(String(SearchHit.highlightStart).utf8)
        let end = Array(String(SearchHit.highlightEnd).utf8)
        let marked = Array(highlighted.utf8)
        var matches: [Range<Int>] = []
        var plainCount = 0
        var matchStart: Int?
        var index = 0
        while index < marked.count {
            // Both marks start with the same byte, rare in text: look further only there.
            let mayBeMark = marked[index] == start[0]
            if mayBeMark, marked[index...].starts(with: start) {
                matchStart = plainCount
                index += start.count
            } else if mayBeMark, marked[index...].starts(with: end), let from = matchStart {
                matches.append(from..<plainCount)
                matchStart = nil
                index += end.count
            } else {
                guard plainCount < text.count, text[plainCount] == marked[index] else { return nil }
                plainCount += 1
                index += 1
            }
        }
        return matches
    }

    /// The words to show, scored as FTS5 does: a thousand for each different match, one for
    /// each repeat; a hundred more for starting a sentence, twenty more for starting the text.
    /// The first of the best wins.
    private static func bestWindow(_ found: [Found], words: [Range<Int>], bytes: [UInt8]) -> Range<Int> {
        guard words.count > wordCount else { return 0..<words.count }
        func score(from start: Int) -> Int {
            var seen: Set<String> = []
            var score = 0
            for match in found where match.first >= start && match.first < start + wordCount {
                score += seen.insert(match.key).inserted ? 1000 : 1
            }
            return score
        }
        var best = (score: -1, start: 0)
        for match in found {
            let span = match.last - match.first + 1
            let centred = min(max(0, match.first - (wordCount - span) / 2), words.count - wordCount)
            let sentence = (0...match.first).last { isSentenceStart($0, words: words, bytes: bytes) } ?? 0
            for (start, bonus) in [(centred, 0), (sentence, sentence == 0 ? 120 : 100)] {
                let total = score(from: start) + bonus
                if total > best.score { best = (total, start) }
            }
        }
        return best.start..<min(best.start + wordCount, words.count)
    }

    /// Whether word `index` starts the text, a line, or a sentence (after `.`, `!`, `?`, `:`
    /// or their Chinese and Japanese forms).
    private static func isSentenceStart(_ index: Int, words: [Range<Int>], bytes: [UInt8]) -> Bool {
        guard index > 0 else { return true }
        // Pairs of Chinese characters overlap: no gap, so no sentence starts between them.
        guard words[index - 1].upperBound < words[index].lowerBound else { return false }
        let gap = bytes[words[index - 1].upperBound..<words[index].lowerBound]
        if gap.contains(UInt8(ascii: "\n")) { return true }
        let ending = gap.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        guard let last = ending.first else { return false }
        if ".!?:".utf8.contains(last) { return true }
        // 。 ！ ？ ： end in 0x82, 0x81, 0x9F, 0x9A after a lead of 0xE3 0x80 or 0xEF 0xBC.
        let tail = Array(ending.prefix(3).reversed())
        return [[0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0xEF, 0xBC, 0x9A]].contains(tail)
    }

    /// The words of `window` with the text between them and the matches marked; `…` where the
    /// text goes on.
    private static func render(_ bytes: [UInt8], words: [Range<Int>], window: Range<Int>, matches: [Range<Int>]) -> String {
        let from = window.lowerBound == 0 ? 0 : words[window.lowerBound].lowerBound
        let to = window.upperBound == words.count ? bytes.count : words[window.upperBound - 1].upperBound
        var result = window.lowerBound == 0 ? "" : "…"
        var position = from
        for match in matches where match.upperBound > from && match.lowerBound < to {
            let start = max(match.lowerBound, from)
            let end = min(match.upperBound, to)
            result += String(decoding: bytes[position..<start], as: UTF8.self)
            result.append(SearchHit.highlightStart)
            result += String(decoding: bytes[start..<end], as: UTF8.self)
            result.append(SearchHit.highlightEnd)
            position = end
        }
        result += String(decoding: bytes[position..<to], as: UTF8.self)
        return window.upperBound == words.count ? result : result + "…"
    }
}
