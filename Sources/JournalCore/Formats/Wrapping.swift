extension String {
    /// The text broken into lines of at most `width` characters at spaces; a word longer than
    /// the width stands on a line of its own. Existing line breaks are kept.
    func wrapped(to width: Int) -> [String] {
        // Split on bytes and count characters only where a word is not ASCII: digests wrap
        // hundreds of entries, and walking every character as a grapheme made them slow.
        var lines: [String] = []
        for paragraph in utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line = ""
            var lineLength = 0
            for word in paragraph.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
                let text = Substring(word)
                let wordLength = word.allSatisfy { $0 < 0x80 } ? word.count : text.count
                if line.isEmpty {
                    line = String(text)
                    lineLength = wordLength
                } else if lineLength + 1 + wordLength <= width {
                    line += " "
                    line += text
                    lineLength += 1 + wordLength
                } else {
                    lines.append(line)
                    line = String(text)
                    lineLength = wordLength
                }
            }
            lines.append(line)
        }
        // U+2066…U+2069 are E2 81 A6…A9 in UTF-8: most texts hold no E2 byte at all.
        return utf8.contains(0xE2) ? BidiIsolation.closingEachLine(lines) : lines
    }

    /// The text cut to `width` characters, ending in "…" when something was cut.
    func truncated(to width: Int) -> String {
        // Walks at most `width` characters, not the whole of a long text.
        guard let cut = index(startIndex, offsetBy: width, limitedBy: endIndex), cut != endIndex else { return self }
        let kept = String(prefix(max(0, width - 1))) + "…"
        return BidiIsolation.closingEachLine([kept])[0]
    }

    /// The lines that hold something, a line break on Windows (CR LF) counted as one; with
    /// their number, as the first `limit` of them: a summary shows two lines of what may be a
    /// long text, and splitting it by characters walked all of it as graphemes.
    func leadingLines(_ limit: Int) -> (lines: [String], count: Int) {
        var lines: [String] = []
        var count = 0
        for bytes in utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            guard !line.isEmpty else { continue }
            count += 1
            if lines.count < limit { lines.append(String(Substring(line))) }
        }
        return (lines, count)
    }
}
