/// Short text of the journal's own (a picture's name) placed inside Markdown it writes.
enum MarkdownText {
    /// `text` with a backslash before each character that could start emphasis, code, a link,
    /// an HTML tag, an entity or a table cell, so that it reads as written.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|~&".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
