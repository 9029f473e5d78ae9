/// What a writer typed, placed in a Markdown document that is not theirs (a digest, an
/// export), so that it can never change the document around it: whatever the text holds,
/// headings, lists, code fences, tables or HTML, a CommonMark reader sees the document's own
/// headings and nothing else at their level.
///
/// - A text of its own, an entry's, goes in a block quote (`quoted`): every line starts with
///   `>`, so the quote holds all of it. The writer's headings, lists and emphasis still show,
///   inside the quote, and a code fence left open ends where the quote ends.
/// - Raw HTML shows as text: a `<` that could start a tag, a comment or an autolink, and a `&`
///   that would start an entity (`&amp;`), get a backslash, and the backslashes before them
///   are doubled so that theirs cannot cancel it. A carriage return, which CommonMark would
///   take for the end of a line, and so of the quote, is written as `&#13;`. Nothing else of
///   the text changes, so `unquoted` gives it back exactly.
/// - Text on a line of the document's own, a topic in a list or a feeling among the labels,
///   has every character that could be markup there escaped (`inline`): it is never meant as
///   Markdown, and it must not end the emphasis around it.
enum MarkdownText {
    /// `text` as a block quote: `> ` before each line, `>` alone for an empty one.
    static func quoted(_ text: String) -> String {
        var text = text
        // One pass over the bytes: Swift counts `\r\n` as one character, which is not `"\n"`,
        // and an export quotes a hundred megabytes of text through here.
        let bytes = text.withUTF8 { bytes -> [UInt8] in
            var quoted: [UInt8] = []
            quoted.reserveCapacity(bytes.count + 64)
            var lineStart = 0
            var needsEscaping = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
                switch byte {
                case UInt8(ascii: "\n"):
                    if lineStart > 0 { quoted.append(UInt8(ascii: "\n")) }
                    quoted.append(UInt8(ascii: ">"))
                    if index > lineStart {
                        quoted.append(UInt8(ascii: " "))
                        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                        if needsEscaping {
                            quoted += withoutHTML(Substring(String(decoding: line, as: UTF8.self))).utf8
                        } else {
                            quoted += line
                        }
                    }
                    lineStart = index + 1
                    needsEscaping = false
                case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x0D:
                    needsEscaping = true
                default:
                    break
                }
            }
            return quoted
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of lines `quoted` wrote; nil when a line is not part of such a quote.
    static func unquoted(_ lines: [Substring]) -> String? {
        var text: [String] = []
        for line in lines {
            if line == ">" {
                text.append("")
            } else if line.hasPrefix("> ") {
                text.append(restoringHTML(line.dropFirst(2)))
            } else {
                return nil
            }
        }
        return text.joined(separator: "\n")
    }

    /// `text` on one line of the document, with line breaks as spaces and every character that
    /// could be markup there escaped.
    static func inline(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed()
        var result = ""
        var previous: Character?
        var characters = line[...]
        while let character = characters.popFirst() {
            let isAtStart = previous == nil
            defer { previous = character }
            switch character {
            case "\\", "`", "*", "[", "]", "~":
                result += "\\" + String(character)
            case "_" where !(isWordCharacter(previous) && isWordCharacter(characters.first)):
                // Inside a word (`self_care`) a `_` cannot start or end emphasis.
                result += "\\_"
            case "<" where startsMarkup(characters.first), "&" where startsEntity(characters):
                result += "\\" + String(character)
            case _ where isAtStart && "#>-+=".contains(character):
                result += "\\" + String(character)
            case "0"..."9" where isAtStart:
                // `1.` or `1)` would start an ordered list.
                let digits = characters.prefix { $0.isASCII && $0.isNumber }
                result.append(character)
                result += digits
                characters = characters.dropFirst(digits.count)
                if let next = characters.first, next == "." || next == ")" {
                    result += "\\" + String(next)
                    characters = characters.dropFirst()
                }
            default:
                result.append(character)
            }
        }
        return result
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// The line with a backslash before each `<` and `&` that could start markup, and the
    /// backslashes right before them doubled.
    private static func withoutHTML(_ line: Substring) -> String {
        var result = ""
        var backslashes = 0
        var rest = line
        while let character = rest.popFirst() {
            if character == "\\" {
                backslashes += 1
                continue
            }
            if character == "\r" {
                result += String(repeating: "\\", count: 2 * backslashes) + carriageReturn
                backslashes = 0
                continue
            }
            let isMarkup = character == "<" ? startsMarkup(rest.first) : character == "&" && startsEntity(rest)
            result += String(repeating: "\\", count: isMarkup ? 2 * backslashes + 1 : backslashes)
            result.append(character)
            backslashes = 0
        }
        return result + String(repeating: "\\", count: backslashes)
    }

    /// A carriage return as a character reference: CommonMark ends a line at a bare one, which
    /// would end the quote; the reference shows the same character inside the line.
    private static let carriageReturn = "&#13;"

    /// The inverse of `withoutHTML`.
    private static func restoringHTML(_ line: Substring) -> String {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return String(line) }
        var result = ""
        var backslashes = 0
        var rest = line
        while let character = rest.popFirst() {
            if character == "\\" {
                backslashes += 1
                continue
            }
            // A reference `withoutHTML` made for a carriage return has an even number of
            // backslashes before it; one the writer typed, an odd number.
            if character == "&", backslashes.isMultiple(of: 2), rest.hasPrefix(carriageReturn.dropFirst()) {
                result += String(repeating: "\\", count: backslashes / 2) + "\r"
                rest = rest.dropFirst(carriageReturn.count - 1)
                backslashes = 0
                continue
            }
            let isMarkup = character == "<" ? startsMarkup(rest.first) : character == "&" && startsEntity(rest)
            result += String(repeating: "\\", count: isMarkup ? (backslashes - 1) / 2 : backslashes)
            result.append(character)
            backslashes = 0
        }
        return result + String(repeating: "\\", count: backslashes)
    }

    /// Whether a `<` followed by this could open a tag, a closing tag, a comment, a
    /// declaration, a processing instruction or an autolink.
    private static func startsMarkup(_ next: Character?) -> Bool {
        guard let next else { return false }
        return (next.isASCII && next.isLetter) || next == "/" || next == "!" || next == "?"
    }

    /// Whether a `&` followed by `rest` starts an entity or a numeric character reference.
    private static func startsEntity(_ rest: Substring) -> Bool {
        rest.prefixMatch(of: /#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};/) != nil
    }
}
