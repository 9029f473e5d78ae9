import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where drafts are kept: one folder per person, whichever journal they were meant for, made
/// readable only by its owner (0700), each draft a file of its own readable only by its owner
/// (0600).
public struct DraftFolder: Sendable {
    /// The folders drafts are kept in, in order: the first that can be written to takes a new
    /// draft, and drafts are looked for in all of them.
    public let locations: [String]

    /// `$XDG_DATA_HOME/journal/drafts` (an absolute `dataHome` only, as for the journal), else
    /// `HOME/.local/share/journal/drafts`; then `HOME/journal-drafts`, for when the first cannot
    /// be made (a file where its folder would be).
    public init(dataHome: String?, home: String) {
        let data = dataHome.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        locations = [data + "/journal/drafts", home + "/journal-drafts"]
    }

    /// Keeps `draft` in a new file of the first folder that takes it and returns its path; nil
    /// when no folder can hold it (a full disk, a home that cannot be written).
    public func keep(_ draft: Draft, at kept: Moment) -> String? {
        guard let data = try? DraftDocument(draft, kept: kept).encoded() else { return nil }
        let time = kept.localTime
        let stamp = time.isoDay + String(format: "-%02d%02d%02d", time.hour, time.minute, time.second)
        for folder in locations where Self.makePrivateFolder(folder) {
            for attempt in 1...99 {
                let path = "\(folder)/\(draft.fileNamePrefix)-\(stamp)\(attempt == 1 ? "" : "-\(attempt)").json"
                let descriptor = PrivateFile.createExclusively(path)
                if descriptor < 0 {
                    if errno == EEXIST { continue }
                    break
                }
                if Self.write(data, to: descriptor) { return path }
                unlink(path)
                break
            }
        }
        return nil
    }

    /// Every draft kept in these folders, oldest first. A file that is not a draft is passed
    /// over.
    public func drafts() -> [KeptDraft] {
        var found: [(draft: KeptDraft, written: Date)] = []
        for folder in locations {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasSuffix(".json") {
                let path = folder + "/" + name
                guard let draft = try? Self.read(path) else { continue }
                // Drafts kept in the same second are told apart by when their files were written.
                let written = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
                found.append((draft, written))
            }
        }
        // Then by name, a shorter one first: `plan-…-210500.json` came before `plan-…-210500-2.json`.
        return found.sorted {
            ($0.draft.kept.date, $0.written, $0.draft.path.count, $0.draft.path)
                < ($1.draft.kept.date, $1.written, $1.draft.path.count, $1.draft.path)
        }.map(\.draft)
    }

    /// The draft kept at `path`.
    public static func read(_ path: String) throws(DraftError) -> KeptDraft {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return try DraftDocument.decode(data, path: path)
    }

    /// Removes the file of a draft that has been stored.
    public static func remove(_ draft: KeptDraft) {
        unlink(draft.path)
    }

    /// Whether `path` is a folder only its owner may enter, made so (with the folders above it)
    /// when missing.
    private static func makePrivateFolder(_ path: String) -> Bool {
        var status = stat()
        if stat(path, &status) != 0 {
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard parent != path, makeFolder(parent) else { return false }
            guard mkdir(path, 0o700) == 0 || errno == EEXIST, stat(path, &status) == 0 else { return false }
        }
        guard status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid() else { return false }
        return status.st_mode & 0o077 == 0 || chmod(path, 0o700) == 0
    }

    /// Makes `path` and the folders above it when missing, each readable only by its owner.
    private static func makeFolder(_ path: String) -> Bool {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard parent != path, makeFolder(parent) else { return false }
        return mkdir(path, 0o700) == 0 || errno == EEXIST
    }

    /// Writes `data` and makes sure it reached the disk, then closes the file.
    private static func write(_ data: Data, to descriptor: Int32) -> Bool {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            return true
        } catch {
            return false
        }
    }
}
