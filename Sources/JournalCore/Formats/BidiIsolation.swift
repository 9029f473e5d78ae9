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
public enum BidiIsolation {
    static let firstStrongIsolate: Character = "\u{2068}"
    static let popDirectionalIsolate: Character = "\u{2069}"

    /// `word` between isolates when it holds a right-to-left letter or a directional control
    /// (which would otherwise reorder the words after it); as it is otherwise, so that
    /// left-to-right text stays byte for byte what it was. Make the word safe for a terminal
    /// first (`TextStyle.safe`), which would show the isolates as `<U+2068>`.
    static func isolated(_ word: String) -> String {
        guard holdsRightToLeft(word) || word.unicodeScalars.contains(where: { isControl($0.value) }) else { return word }
        return String(firstStrongIsolate) + selfContained(word) + String(popDirectionalIsolate)
    }

    /// `text` with each directional control that it opens closed at its end, and each one that
    /// closes what it did not open left out, so that nothing typed in it can end the isolate
    /// put around it, or reach past it into the words that follow.
    static func selfContained(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        enum Opened { case isolate, embedding }
        var opened: [Opened] = []
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2066...0x2068:
                opened.append(.isolate)
            case 0x202A, 0x202B, 0x202D, 0x202E:
                opened.append(.embedding)
            case 0x2069:
                // Ends the last isolate opened, with the embeddings opened inside it (UAX #9, X6a).
                guard let last = opened.lastIndex(of: .isolate) else { continue }
                opened.removeSubrange(last...)
            case 0x202C:
                guard opened.last == .embedding else { continue }
                opened.removeLast()
            default:
                break
            }
            result.append(scalar)
        }
        for kind in opened.reversed() { result.append(kind == .isolate ? "\u{2069}" : "\u{202C}") }
        return String(result)
    }

    private static func isControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Lines cut from one text, each closing the isolates it leaves open and the next opening
    /// them again: a terminal lays out each line on its own.
    static func closingEachLine(_ lines: [String]) -> [String] {
        var open = 0
        return lines.map { line in
            let reopened = open == 0 ? line : String(repeating: firstStrongIsolate, count: open) + line
            guard open > 0 || line.utf8.contains(0xE2) else { return line }
            open = 0
            for scalar in reopened.unicodeScalars {
                if (0x2066...0x2068).contains(scalar.value) { open += 1 } else if scalar == "\u{2069}", open > 0 { open -= 1 }
            }
            return reopened + String(repeating: popDirectionalIsolate, count: open)
        }
    }

    /// `word`, made safe for where it goes, then isolated.
    public static func isolated(_ word: String, style: TextStyle) -> String {
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
