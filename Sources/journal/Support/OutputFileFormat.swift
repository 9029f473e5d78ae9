import ArgumentParser
import Foundation
import JournalCore

/// The format a file given with `--output` is written in: the one its extension names, so that
/// `--output prep.html` is a page and `--output prep.md` Markdown; `--format` only where the
/// name says nothing, and refused where it says otherwise.
struct OutputFileFormat<Format: RawRepresentable & Equatable & Sendable>: Sendable where Format.RawValue == String {
    /// Extensions, lower-case and without the dot, and the format each names; the first
    /// extension of a format is the one suggested for it.
    let extensions: [(String, Format)]
    let fallback: Format
    /// The command, for messages: `prep`.
    let command: String

    /// `format` when given, else the one `output`'s extension names, else `fallback`. Refuses a
    /// `format` the extension contradicts, and an extension that names no format of the command
    /// when no `format` says which.
    func choose(given format: Format?, output: String?) throws -> Format {
        guard let output else { return format ?? fallback }
        let name = URL(fileURLWithPath: output).lastPathComponent
        let typed = URL(fileURLWithPath: output).pathExtension
        guard !typed.isEmpty else { return format ?? fallback }
        guard let named = extensions.first(where: { $0.0 == typed.lowercased() })?.1 else {
            if let format { return format }
            throw ValidationError(
                "\(command) cannot tell the format from the name \(name) — name the file \(listedExtensions), or give --format")
        }
        if let format, format != named {
            let renamed = extensions.first { $0.1 == format }.map {
                ", or name the file \(URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent).\($0.0) to write \(format.rawValue)"
            }
            throw ValidationError(
                "--format \(format.rawValue) disagrees with the name \(name), which says \(named.rawValue) — leave out --format to write \(named.rawValue)\(renamed ?? "")")
        }
        return named
    }

    /// `.html, .md, .json or .txt`
    private var listedExtensions: String {
        var seen: [Format] = []
        let first = extensions.filter { entry in
            guard !seen.contains(entry.1) else { return false }
            seen.append(entry.1)
            return true
        }.map { "." + $0.0 }
        return first.dropLast().joined(separator: ", ") + " or " + first.last!
    }
}

extension OutputFileFormat where Format == DigestFormat {
    static let digest = OutputFileFormat(
        extensions: [("html", .html), ("htm", .html), ("md", .markdown), ("markdown", .markdown), ("json", .json), ("txt", .text)],
        fallback: .text, command: "prep")
}

extension OutputFileFormat where Format == ExportFormat {
    static let export = OutputFileFormat(
        extensions: [("json", .json), ("md", .markdown), ("markdown", .markdown), ("csv", .csv), ("jrnl", .jrnl), ("txt", .jrnl)],
        fallback: .json, command: "export")
}
