import Foundation

/// The folder beside a Markdown export that its pictures are written into, each as
/// `<entry id>-<number>-<name>`, linked from the document by relative paths.
struct PicturesFolder {
    let path: String

    init(_ path: String) {
        self.path = path
    }

    /// What is allowed unescaped in the links' paths: a name's spaces, brackets or parentheses
    /// would end a Markdown link.
    private static let linkCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// Writes `entry`'s pictures (`originals`, in the order of `entry.attachments`) and returns
    /// a Markdown link to each: an image for what a Markdown viewer can show, a link for a PDF.
    ///
    /// - Throws: `PrivateFileError` when the folder or a picture cannot be written.
    func write(_ entry: Entry, originals: [Data]) throws -> [String] {
        try makeFolder()
        let folderName = URL(fileURLWithPath: path).lastPathComponent
        return try zip(entry.attachments, originals).map { attachment, bytes in
            let fileName = "\(entry.id)-\(attachment.number)-\(attachment.name)"
            try PrivateFile.write(bytes, toPath: path + "/" + fileName)
            let link = [folderName, fileName]
                .map { $0.addingPercentEncoding(withAllowedCharacters: Self.linkCharacters) ?? $0 }
                .joined(separator: "/")
            let name = MarkdownText.inline(attachment.name)
            return attachment.kind == .pdf
                ? "[\(name) (PDF, \(Wording.count(attachment.pageCount, "page", "pages")))](\(link))"
                : "![\(name)](\(link))"
        }
    }

    private func makeFolder() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw PrivateFileError.cannotWrite(path) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw PrivateFileError.cannotWrite(path)
        }
    }
}
