/// The text of a Day One entry as its writer saw it in Day One.
///
/// Day One exports its text as Markdown, in which it writes a backslash before punctuation
/// that Markdown could take for markup (`Couldn't sleep\. Made tea \- chamomile \(the old box\)\!`)
/// and a link for each photo, recording or document where it sits in the entry
/// (`![](dayone-moment://7D3A…)`, `![](dayone-moment:/audio/7D3A…)`). Read here:
///
/// - A backslash before ASCII punctuation goes (`\.` is `.`, `\\` is `\`), as does the one that
///   ends a line for a line break; inside code (`` `C:\path` `` or a fenced block) backslashes
///   are the writer's own and stay.
/// - The writer's own markup stays as written: `*hard*` remains `*hard*`, a `# heading` a
///   heading.
/// - Media links go; a line that held nothing else goes with them, with the blank line it
///   leaves. Each link is kept in `mediaLinks`, to count what an import leaves behind.
struct DayOneText {
    struct MediaLink: Equatable {
        let kind: ImportedMedia.Kind
        let identifier: String
    }

    private(set) var text = ""
    private(set) var mediaLinks: [MediaLink] = []

    init(_ markdown: String) {
        var lines: [Substring] = []
        var fence: (character: Character, length: Int)?
        var hasDroppedALine = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = fence {
                lines.append(line)
                if Self.fence(in: line).map({ $0.character == open.character && $0.length >= open.length && $0.isBare }) ?? false {
                    fence = nil
                }
                continue
            }
            if let opening = Self.fence(in: line) {
                fence = (opening.character, opening.length)
                lines.append(line)
                continue
            }
            let (kept, links) = Self.removingMediaLinks(from: line)
            mediaLinks += links
            if !links.isEmpty, kept.allSatisfy(\.isWhitespace) {
                hasDroppedALine = true
                continue
            }
            let unescaped = Substring(Self.unescaped(kept))
            if unescaped.allSatisfy(\.isWhitespace), hasDroppedALine, lines.last?.allSatisfy(\.isWhitespace) ?? true {
                continue
            }
            if !unescaped.allSatisfy(\.isWhitespace) { hasDroppedALine = false }
            lines.append(unescaped)
        }
        text = EntryText.normalized(lines.joined(separator: "\n"))
    }

    /// A code fence at the start of `line` (up to three spaces in): its character, its length,
    /// and whether nothing follows it, as a closing fence needs.
    private static func fence(in line: Substring) -> (character: Character, length: Int, isBare: Bool)? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let run = rest.prefix { $0 == character }
        guard run.count >= 3 else { return nil }
        let after = rest.dropFirst(run.count)
        // A backtick fence's info string may not hold a backtick.
        if character == "`", after.contains("`") { return nil }
        return (character, run.count, after.allSatisfy(\.isWhitespace))
    }

    /// The line without its `![…](dayone-moment:…)` links, and the links.
    private static func removingMediaLinks(from line: Substring) -> (Substring, [MediaLink]) {
        guard line.contains("dayone-moment:") else { return (line, []) }
        var kept = ""
        var links: [MediaLink] = []
        var rest = line
        while let match = rest.firstMatch(of: /!\[[^\]\n]*\]\(dayone-moment:(?<target>[^)\s]*)\)/) {
            kept += rest[..<match.range.lowerBound]
            links.append(mediaLink(String(match.output.target)))
            rest = rest[match.range.upperBound...]
            // The space on one side of a link is enough between the words on either side.
            if kept.last?.isWhitespace ?? true { rest = rest.drop { $0 == " " } }
        }
        kept += rest
        while kept.last == " " { kept.removeLast() }
        return (Substring(kept), links)
    }

    /// `//ID` is a photo; `/audio/ID`, `/video/ID` and `/pdfAttachment/ID` the others.
    private static func mediaLink(_ target: String) -> MediaLink {
        let parts = target.split(separator: "/")
        let identifier = String(parts.last ?? "")
        let kind: ImportedMedia.Kind =
            switch parts.count > 1 ? parts[0].lowercased() : "" {
            case "audio": .audio
            case "video": .video
            case "pdfattachment", "pdf": .pdf
            default: .photo
            }
        return MediaLink(kind: kind, identifier: identifier)
    }

    /// The line with Markdown's backslash escapes removed outside code spans.
    private static func unescaped(_ line: Substring) -> String {
        guard line.contains("\\") else { return String(line) }
        var result = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\\" {
                let next = line.index(after: index)
                if next == line.endIndex {
                    // A backslash that ends a line is Markdown's line break, which the line's end already is.
                    break
                }
                if line[next].isASCII, line[next].isPunctuation || line[next].isSymbol {
                    result.append(line[next])
                    index = line.index(after: next)
                    continue
                }
            } else if character == "`" {
                let run = line[index...].prefix { $0 == "`" }
                let afterRun = line.index(index, offsetBy: run.count)
                if let close = closingRun(of: run.count, in: line[afterRun...]) {
                    result += line[index..<close]
                    index = close
                    continue
                }
                result += run
                index = afterRun
                continue
            }
            result.append(character)
            index = line.index(after: index)
        }
        return result
    }

    /// Where the code span opened by `length` backticks ends (past its closing run), if it does.
    private static func closingRun(of length: Int, in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while let start = text[index...].firstIndex(of: "`") {
            let run = text[start...].prefix { $0 == "`" }
            let end = text.index(start, offsetBy: run.count)
            if run.count == length { return end }
            index = end
        }
        return nil
    }
}
