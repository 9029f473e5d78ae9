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
        return lines
    }

    /// The text cut to `width` characters, ending in "…" when something was cut.
    func truncated(to width: Int) -> String {
        guard count > width else { return self }
        return String(prefix(max(0, width - 1))) + "…"
    }
}
