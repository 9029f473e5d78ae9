/// Tags: the `#family` words in an entry's text and the `--tag` options.
///
/// A tag starts with a letter and goes on with letters, digits, `-`, `_`, and the `+`, `/` and
/// `#` that jrnl's tags may hold (`c++`, `os/2`, `c#`). In text, a `#` only starts a tag at the
/// beginning of a word, so `C#`, `page#section` and `&#39;` hold none, and `#1` is a number,
/// not a tag. A tag in text ends before a last `-`, `_` or `/` (`#work-` is `work`), so that the
/// punctuation of a sentence stays out of it.
public enum Tags {
    /// The tags written inline in `text`, lower-cased, each once, in order of appearance.
    public static func inline(in text: String) -> [String] {
        inline(in: text, marker: "#")
    }

    /// The tags `marker` starts in `text` (`#` for this journal's own, `@` for jrnl's), by the
    /// word rules above: lower-cased, each once, in order of appearance.
    static func inline(in text: String, marker: Unicode.Scalar) -> [String] {
        // Only the marker can start a tag, so they are found by bytes first: an import does this
        // for every entry, and looking at each character in turn is slow.
        var text = text
        let markerByte = UInt8(ascii: marker)
        let markerOffsets = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == markerByte } }
        let scalars = text.unicodeScalars
        var found: [String] = []
        var seen = Set<String>()
        var end = scalars.startIndex
        for offset in markerOffsets {
            let mark = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            // A marker inside the tag just read (`#c#`) is part of it.
            guard mark >= end else { continue }
            let next = scalars.index(after: mark)
            guard next < scalars.endIndex, isTagStart(scalars[next]),
                mark == scalars.startIndex || !isWordPart(scalars[scalars.index(before: mark)], marker: marker)
            else { continue }
            end = next
            while end < scalars.endIndex, isTagPart(scalars[end]) { end = scalars.index(after: end) }
            var tag = Substring(scalars[next..<end])
            while let last = tag.unicodeScalars.last, isTrailingPunctuation(last) { tag.unicodeScalars.removeLast() }
            let name = tag.lowercased()
            if seen.insert(name).inserted { found.append(name) }
        }
        return found
    }

    /// Whether `candidate` (without its `#`) is a well-formed tag.
    public static func isValid(_ candidate: String) -> Bool {
        guard let first = candidate.unicodeScalars.first, isTagStart(first) else { return false }
        return candidate.unicodeScalars.allSatisfy(isTagPart)
    }

    /// A tag as a person typed it after `--tag`, as stored: without a leading `#`, lower-cased.
    public static func name(typed: String) -> String {
        (typed.hasPrefix("#") ? String(typed.dropFirst()) : typed).lowercased()
    }

    /// The tags typed, each option split at its commas, around which spaces do not count:
    /// `--tag "family, work"` is two tags. An option with nothing but commas and spaces
    /// stays as typed, to be refused.
    public static func splitting(_ typed: [String]) -> [String] {
        typed.flatMap(pieces)
    }

    private static func pieces(_ option: String) -> [String] {
        let parts = option.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
        return parts.isEmpty ? [option] : parts
    }

    /// Explicit tags (a leading `#` allowed) and inline tags together: lower-cased, each once,
    /// sorted. An explicit tag that is not well-formed is refused rather than silently dropped.
    static func normalized(explicit: [String], text: String) throws(EntryError) -> [String] {
        var result = Set(inline(in: text))
        for tag in splitting(explicit) {
            let name = name(typed: tag)
            guard isValid(name) else { throw .invalidTag(String(tag.prefix(40))) }
            result.insert(name)
        }
        return result.sorted()
    }

    /// ASCII is answered without Unicode's tables, which are slow to consult.
    static func isTagStart(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isTagPart(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else {
            return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        }
        return isTagStart(scalar) || ("0"..."9").contains(scalar) || "-_+/#".unicodeScalars.contains(scalar)
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_" || scalar == "/"
    }

    /// Characters that, just before the marker, make it part of a word rather than a tag's start.
    private static func isWordPart(_ scalar: Unicode.Scalar, marker: Unicode.Scalar) -> Bool {
        isTagPart(scalar) || scalar == marker || scalar == "&"
    }
}
