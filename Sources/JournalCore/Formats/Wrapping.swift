extension String {
    /// The text broken into lines of at most `width` characters at spaces; a word longer than
    /// the width stands on a line of its own. Existing line breaks are kept.
    func wrapped(to width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
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
