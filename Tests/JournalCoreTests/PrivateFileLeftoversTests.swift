import Foundation
import Testing

@testable import JournalCore

/// Issue 23: a backup, digest or export stopped by `kill -9` leaves its temporary file behind;
/// the next one written to the same name removes it, and never one still being written.
@Suite("Temporary files left by a killed run")
struct PrivateFileLeftoversTests {
    /// The id of a process that has ended.
    static func endedProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theNextWriteRemovesWhatAKilledOneLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ended = try Self.endedProcess()
        let running = getpid()
        let names = [
            ".backup.sqlite.\(ended).tmp", ".backup.sqlite.\(ended).tmp-wal", ".backup.sqlite.\(ended).tmp-shm",
            ".backup.sqlite.\(running).tmp", ".other.sqlite.\(ended).tmp", ".backup.sqlite.\(ended).tmp.mine", "backup.sqlite.\(ended).tmp",
        ]
        for name in names { try Data().write(to: URL(fileURLWithPath: folder + "/" + name)) }

        let temporary = try PrivateFile.temporaryPath(beside: folder + "/backup.sqlite")

        #expect(temporary == folder + "/.backup.sqlite.\(running).tmp")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(left == [
            ".backup.sqlite.\(ended).tmp.mine", ".backup.sqlite.\(running).tmp", ".other.sqlite.\(ended).tmp", "backup.sqlite.\(ended).tmp",
        ])
    }
}
