import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A folder where the disk fills up, for the full-disk tests: a small tmpfs mounted for the test
/// where mounting works (as root), else a folder on the usual disk in which the commands run
/// under a file-size limit (`ulimit -f`, with SIGXFSZ ignored so that a write past it fails as on
/// a full disk instead of stopping the program). Unmounted and removed when released.
final class SmallDisk {
    enum Kind { case tmpfs, fileSizeLimit }

    let folder: String
    let kind: Kind
    private let filler: String
    /// Under a file-size limit: the most any file may hold, in bytes.
    private var limit: Int?

    /// Whether a tmpfs can be mounted here: as root, with mount(8), in a system that lets it.
    static let canMount: Bool = {
        guard getuid() == 0, let disk = try? SmallDisk(megabytes: 1), disk.kind == .tmpfs else { return false }
        return true
    }()

    init(megabytes: Int = 8) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-disk-\(UUID().uuidString)").path
        filler = folder + "/filler"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let mounted = getuid() == 0
            && (try? Self.execute("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0755", "tmpfs", folder])) == 0
        kind = mounted ? .tmpfs : .fileSizeLimit
    }

    deinit {
        if kind == .tmpfs { _ = try? Self.execute("/bin/umount", ["-l", folder]) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    func path(_ name: String) -> String { folder + "/" + name }

    /// Fills the disk so that only about `bytes` are left (a tmpfs gives space a page at a
    /// time); under a file-size limit, no file may grow past `bytes`.
    func fill(leaving bytes: Int = 0) throws {
        guard kind == .tmpfs else {
            limit = bytes
            return
        }
        let descriptor = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x2E, count: 1 << 16)
        var written = 0
        while true {
            let count = chunk.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            written += count
        }
        // Single pages first, so that the disk is full to the last page.
        let page = [UInt8](repeating: 0x2E, count: 4096)
        while page.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) > 0 { written += 4096 }
        try #require(ftruncate(descriptor, off_t(max(0, written - bytes))) == 0)
    }

    /// Room again, as after the person freed some space.
    func empty() {
        limit = nil
        unlink(filler)
    }

    /// Runs `journal` in `sandbox` with the disk as it is now.
    func run(_ sandbox: Sandbox, _ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Outcome {
        guard let limit else { return try sandbox.run(arguments, input: Data(input.utf8), environment: extra) }
        // ulimit -f counts blocks of 512 bytes.
        let script = "trap '' XFSZ; ulimit -f \(max(1, limit / 512)); exec \"$0\" \"$@\""
        return try Sandbox.execute(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script, Sandbox.binary.path] + arguments, input: Data(input.utf8),
            environment: sandbox.environment(extra))
    }

    /// What the disk holds besides the filler.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "filler" }.sorted()
    }

    private static func execute(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
