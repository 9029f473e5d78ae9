/// Tags: the `#family` words in an entry's text and the `--tag` options.
///
/// A tag starts with a letter and goes on with letters, digits, `-` and `_`. In text, a `#` only
/// starts a tag at the beginning of a word, so `C#`, `page#section` and `&#39;` hold none, and
/// `#1` is a number, not a tag.
public enum Tags {
    /// The tags written inline in `text`, lower-cased, each once, in order of appearance.
    public static func inline(in text: String) -> [String] {
        var found: [String] = []
        var seen = Set<String>()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "#", index + 1 < scalars.count, isTagStart(scalars[index + 1]) else {
                continue
            }
            if index > 0, isWordPart(scalars[index - 1]) { continue }
            var end = index + 1
            while end < scalars.count, isTagPart(scalars[end]) { end += 1 }
            var tagScalars = scalars[(index + 1)..<end]
            while let last = tagScalars.last, last == "-" || last == "_" { tagScalars.removeLast() }
            let tag = String(String.UnicodeScalarView(tagScalars)).lowercased()
            if seen.insert(tag).inserted { found.append(tag) }
            index = end - 1
        }
        return found
    }

    /// Whether `candidate` (without its `#`) is a well-formed tag.
    public static func isValid(_ candidate: String) -> Bool {
        guard let first = candidate.unicodeScalars.first, isTagStart(first) else { return false }
        return candidate.unicodeScalars.allSatisfy(isTagPart)
    }

    /// Explicit tags (a leading `#` allowed) and inline tags together: lower-cased, each once,
    /// sorted. An explicit tag that is not well-formed is refused rather than silently dropped.
    static func normalized(explicit: [String], text: String) throws(EntryError) -> [String] {
        var result = Set(inline(in: text))
        for tag in explicit {
            let name = tag.hasPrefix("#") ? String(tag.dropFirst()) : tag
            guard isValid(name) else { throw .invalidTag(String(tag.prefix(40))) }
            result.insert(name.lowercased())
        }
        return result.sorted()
    }

    private static func isTagStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    private static func isTagPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || scalar == "-"
            || scalar == "_"
    }

    /// Characters that, just before a `#`, make it part of a word rather than a tag's start.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        isTagPart(scalar) || scalar == "#" || scalar == "&" || scalar == "/"
    }
}
