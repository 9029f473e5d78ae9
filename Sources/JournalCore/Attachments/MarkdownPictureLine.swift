import Foundation

/// A line of a Markdown export that stands for one of an entry's pictures, read back by
/// `JournalMarkdownReader`: the link `PicturesFolder` writes (`![storm.jpg](2026-pictures/12-1-storm.jpg)`,
/// `[scan.pdf (PDF, 2 pages)](2026-pictures/12-2-scan.pdf)`), or the placeholder written when
/// there was no pictures folder (`[picture: storm.jpg, 1240×1754]`).
enum MarkdownPictureLine {
    /// The picture's bytes, from the file the link names.
    case file(ImportedAttachment)
    /// A picture the line names but whose bytes the import cannot have: a placeholder, or a
    /// link to a file that is not there. Counted as left behind.
    case leftBehind(ImportedMedia)

    /// What `line` says, reading a linked file relative to `folder`, the folder of the
    /// document; nil when the line is no picture line of an export.
    static func read(_ line: String, besideDocumentIn folder: String) -> MarkdownPictureLine? {
        if line.hasPrefix("![") { return link(line.dropFirst(), isPDF: false, folder: folder) }
        guard line.hasPrefix("[") else { return nil }
        if line.hasSuffix(")") { return link(line[...], isPDF: true, folder: folder) }
        guard line.hasSuffix("]") else { return nil }
        switch String(line.dropFirst().prefix(while: { $0 != ":" })) {
        case AttachmentWording.noun(.jpeg), AttachmentWording.noun(.svg): return .leftBehind(ImportedMedia(kind: .photo))
        case AttachmentWording.noun(.pdf): return .leftBehind(ImportedMedia(kind: .pdf))
        default: return nil
        }
    }

    /// `[text](path)`: the path's file, named as `PicturesFolder` named it
    /// (`<entry id>-<number>-<name>`), without the numbers.
    private static func link(_ text: Substring, isPDF: Bool, folder: String) -> MarkdownPictureLine? {
        guard text.hasSuffix(")"), let middle = text.range(of: "](", options: .backwards) else { return nil }
        let escapedPath = text[middle.upperBound..<text.index(before: text.endIndex)]
        guard let path = escapedPath.removingPercentEncoding else { return nil }
        let kind: ImportedMedia.Kind = isPDF ? .pdf : .photo
        // Only the folder beside the document: a file written by hand elsewhere is not taken.
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            return .leftBehind(ImportedMedia(kind: kind, path: path))
        }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let parts = fileName.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        let name = parts.count == 3 && parts[0].allSatisfy(\.isNumber) && parts[1].allSatisfy(\.isNumber) ? String(parts[2]) : fileName
        guard let bytes = FileManager.default.contents(atPath: folder + "/" + path) else {
            return .leftBehind(ImportedMedia(kind: kind, path: path))
        }
        return .file(ImportedAttachment(name: name, bytes: bytes))
    }
}
