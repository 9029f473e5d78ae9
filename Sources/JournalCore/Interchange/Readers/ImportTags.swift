/// Tags as other tools write them, made into this journal's tags (see `Tags`).
enum ImportTags {
    /// jrnl's tags in `text`: `@tags`, its default tag symbol, and `#tags`, which it also reads
    /// by default. Lower-cased, each once, sorted.
    static func jrnlTags(in text: String) -> [String] {
        guard let words = wordsWithTagSymbols(in: text) else { return [] }
        return Set(Tags.inline(in: words) + mentions(in: words)).sorted()
    }

    /// The words of `text` that hold a `#` or an `@`, joined by spaces; nil when there are none.
    ///
    /// `mentions(in:)` walks the characters of what it is given, so it is given only these
    /// words: a tag never spans white space, and white space before or after a tag decides
    /// nothing about it, so these words on their own give the same tags as the whole text.
    private static func wordsWithTagSymbols(in text: String) -> String? {
        var text = text
        let words = text.withUTF8 { bytes in
            var words: [UInt8] = []
            var start = 0
            var hasSymbol = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                switch byte {
                case 0x20, 0x0A, 0x09, 0x0D:
                    if hasSymbol {
                        if !words.isEmpty { words.append(0x20) }
                        words.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    }
                    start = index + 1
                    hasSymbol = false
                case UInt8(ascii: "#"), UInt8(ascii: "@"):
                    hasSymbol = true
                default:
                    break
                }
            }
            return words
        }
        return words.isEmpty ? nil : String(decoding: words, as: UTF8.self)
    }

    /// The `@tags` in `text`, lower-cased, each once, in order of appearance, by the word rules
    /// `Tags` applies to `#tags`: an `@` starts a tag only at the beginning of a word (so
    /// `sam@example.com` holds none), a tag starts with a letter and may hold `+`, `/` and `#`
    /// as jrnl's do (`@c++`, `@os/2`, `@c#`), and a last `-`, `_` or `/` is not part of it.
    static func mentions(in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return [] }
        return Tags.inline(in: text, marker: "@")
    }

    /// A tag for a name that may hold spaces and punctuation, such as Daylio's activity
    /// "movies / tv" or a Day One tag "Work Stuff": lower-cased, with each run of characters a
    /// tag cannot hold (and each `-` and `/`) replaced by one `-`, giving "movies-tv" and
    /// "work-stuff". A `+` or `#` right after a letter or digit stays, as in "C++" and "C#".
    ///
    /// A tag starts with a letter, so a name starting with a digit gets `tag-` in front
    /// ("8h sleep" becomes "tag-8h-sleep"). A name with no letters or digits at all, such as an
    /// emoji alone, gives no tag.
    static func tag(named name: String) -> String? {
        var tag = String.UnicodeScalarView()
        var isSeparatorPending = false
        for scalar in name.lowercased().unicodeScalars {
            let isWordCharacter = Tags.isTagPart(scalar) && !"-/+#".unicodeScalars.contains(scalar)
            if isWordCharacter {
                if isSeparatorPending, !tag.isEmpty { tag.append("-") }
                isSeparatorPending = false
                tag.append(scalar)
            } else if (scalar == "+" || scalar == "#"), !tag.isEmpty, !isSeparatorPending {
                tag.append(scalar)
            } else {
                isSeparatorPending = true
            }
        }
        guard let first = tag.first else { return nil }
        return Tags.isTagStart(first) ? String(tag) : "tag-" + String(tag)
    }

    /// The tags made from `names` by `tag(named:)`: each once, sorted.
    static func tags(named names: [String]) -> [String] {
        Set(names.compactMap(tag(named:))).sorted()
    }
}
