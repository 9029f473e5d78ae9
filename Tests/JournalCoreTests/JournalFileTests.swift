import Foundation
import GRDB
import Testing

@testable import JournalCore

@Suite("Opening a journal file")
struct JournalFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-file-\(UUID().uuidString)").path
    }

    func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func aNewJournalIsPrivateWhateverTheUmask() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let previous = umask(0)
        defer { umask(previous) }
        let path = folder + "/nested/journal.sqlite"
        let store = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        _ = try store.add(NewEntry(text: "x", moment: Moment(Date(), utcOffsetSeconds: 0)))
        #expect(try permissions(folder + "/nested") == 0o700)
        #expect(try permissions(path) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            #expect(try permissions(path + suffix) == 0o600)
        }
    }

    @Test func anExistingJournalReadableByOthersIsMadePrivate() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/journal.sqlite"
        _ = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        chmod(path, 0o644)
        _ = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        #expect(try permissions(path) == 0o600)
    }

    @Test(arguments: [
        Data("just some notes\n".utf8),
        Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF".utf8) + Data(repeating: 0x42, count: 4000),
    ])
    func aFileThatIsNotSQLiteIsRefusedAndLeftAlone(contents: Data) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/other"
        #expect(FileManager.default.createFile(atPath: path, contents: contents))
        chmod(path, 0o644)
        #expect(throws: StoreError.notAJournal(path)) { try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing)) }
        #expect(FileManager.default.contents(atPath: path) == contents)
        #expect(try permissions(path) == 0o644, "not even its permissions change")
    }

    @Test func aSQLiteFileOfAnotherProgramIsRefusedAndLeftAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/other.sqlite"
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ann')")
        }
        chmod(path, 0o644)
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: StoreError.notAJournal(path)) { try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing)) }
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try permissions(path) == 0o644, "not even its permissions change")
    }

    @Test func aJournalFromANewerVersionIsRefused() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/journal.sqlite"
        let store = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        try store.dbWriter.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
        }
        #expect(throws: StoreError.writtenByNewerVersion(path)) { try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing)) }
    }

    @Test func readingAJournalThatDoesNotExistCreatesNothing() throws {
        let path = folder + "/journal.sqlite"
        #expect(try JournalStore.open(JournalAccess(path: path, mode: .existingOrEmpty)).entryCount() == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func twoStoresOnOneNewFileBothMigrateAndWrite() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/journal.sqlite"
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let store = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
                    _ = try store.add(NewEntry(text: "entry \(index)", moment: Moment(Date(), utcOffsetSeconds: 0)))
                }
            }
            try await group.waitForAll()
        }
        #expect(try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing)).entryCount() == 8)
    }

    /// Ann's home, and Bea's, the only other user.
    private let homes = HomeFolders(current: "/home/ann", ofUser: { ["bea": "/home/bea"][$0] })

    @Test func locationFollowsOptionThenEnvironmentThenXDGThenHome() {
        #expect(JournalLocation.path(explicit: "/x.sqlite", environment: { ["JOURNAL_DB": "/y"][$0] }, home: homes) == "/x.sqlite")
        #expect(JournalLocation.path(explicit: nil, environment: { ["JOURNAL_DB": "/y", "XDG_DATA_HOME": "/d"][$0] }, home: homes) == "/y")
        #expect(JournalLocation.path(explicit: nil, environment: { ["XDG_DATA_HOME": "/d"][$0] }, home: homes) == "/d/journal/journal.sqlite")
        #expect(JournalLocation.path(explicit: nil, environment: { ["XDG_DATA_HOME": "relative"][$0] }, home: homes) == "/home/ann/.local/share/journal/journal.sqlite")
        #expect(JournalLocation.path(explicit: nil, environment: { _ in nil }, home: homes) == "/home/ann/.local/share/journal/journal.sqlite")
    }

    @Test func aLeadingTildeIsTheHomeFolderAsInAShell() throws {
        #expect(JournalLocation.path(explicit: "~/j.sqlite", environment: { _ in nil }, home: homes) == "/home/ann/j.sqlite")
        #expect(JournalLocation.path(explicit: nil, environment: { ["JOURNAL_DB": "~/d/j.sqlite"][$0] }, home: homes) == "/home/ann/d/j.sqlite")
        #expect(JournalLocation.expandingTilde(in: "~", home: homes) == "/home/ann")
        #expect(JournalLocation.expandingTilde(in: "~bea/j.sqlite", home: homes) == "/home/bea/j.sqlite")
        for untouched in ["~no-such-person-here/j.sqlite", "notes/~/j.sqlite", "/tmp/~j.sqlite", "j.sqlite~"] {
            #expect(JournalLocation.expandingTilde(in: untouched, home: homes) == untouched)
        }
    }

    @Test func anOutputThatIsTheJournalOrItsCompanionFilesIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = folder + "/journal.sqlite"
        for path in [journal, journal + "-wal", journal + "-shm", folder + "/other.md"] {
            FileManager.default.createFile(atPath: path, contents: Data())
        }
        for output in [journal, folder + "/./journal.sqlite", journal + "-wal", journal + "-shm"] {
            #expect(throws: PrivateFileError.isTheJournal(output)) {
                try PrivateFile.checkIsNotTheJournal(output, journalPath: journal)
            }
        }
        try PrivateFile.checkIsNotTheJournal(folder + "/other.md", journalPath: journal)
        try PrivateFile.checkIsNotTheJournal(folder + "/new.md", journalPath: journal)
    }
}
