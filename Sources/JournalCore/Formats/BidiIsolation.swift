#if canImport(_FoundationICU)
    // The ICU that Foundation itself uses on Linux (see Search/ScriptWords.swift).
    import _FoundationICU
#endif

/// Words the writer typed (feelings, tags, topics), kept whole where they are joined with
/// the journal's own words and numbers: in a line like `feeling حزين · #عمل` or `حزين 3`,
/// the Unicode Bidirectional Algorithm (UAX #9) would otherwise let a right-to-left word pull
/// the neutral characters and numbers next to it to its side, so that counts attach to the
/// wrong words and words swap places.
///
/// Text and Markdown get the isolates of UAX #9 (U+2068 FIRST STRONG ISOLATE … U+2069 POP
/// DIRECTIONAL ISOLATE) around each such word; HTML gets `<bdi>`, which browsers treat the
/// same way.
enum BidiIsolation {
    static let firstStrongIsolate: Character = "\u{2068}"
    static let popDirectionalIsolate: Character = "\u{2069}"

    /// `word` between isolates when it holds a right-to-left letter; as it is otherwise, so
    /// that left-to-right text stays byte for byte what it was. Make the word safe for a
    /// terminal first (`TextStyle.safe`), which would show the isolates as `<U+2068>`.
    static func isolated(_ word: String) -> String {
        guard holdsRightToLeft(word) else { return word }
        return String(firstStrongIsolate) + word + String(popDirectionalIsolate)
    }

    /// `word`, made safe for where it goes, then isolated.
    static func isolated(_ word: String, style: TextStyle) -> String {
        isolated(style.safe(word))
    }

    /// Whether a character of `text` is written right to left (bidirectional class R or AL).
    static func holdsRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            // Below U+0590 every letter is left-to-right or neutral.
            guard scalar.value >= 0x0590 else { return false }
            #if canImport(_FoundationICU)
                let direction = swift_u_charDirection(UChar32(scalar.value))
                return direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC
            #else
                // Without ICU, every word beyond Latin, Greek and Cyrillic is isolated: an
                // isolate around a left-to-right word changes nothing a reader sees.
                return true
            #endif
        }
    }
}
