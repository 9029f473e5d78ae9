import Foundation
import Testing

@testable import JournalCore

@Suite("Saying where the journal is")
struct JournalLocationTests {
    private let homes = HomeFolders(current: "/home/ann", ofUser: { _ in nil })

    @Test func theOriginSaysWhatChoseThePath() {
        let locate = { (explicit: String?, environment: [String: String]) in
            JournalLocation.locate(explicit: explicit, environment: { environment[$0] }, home: homes).origin
        }
        #expect(locate("/x.sqlite", ["JOURNAL_DB": "/y"]) == .option)
        #expect(locate(nil, ["JOURNAL_DB": "/y", "XDG_DATA_HOME": "/d"]) == .environment)
        #expect(locate(nil, ["XDG_DATA_HOME": "/d"]) == .dataHome)
        #expect(locate(nil, ["XDG_DATA_HOME": "relative"]) == .home)
        #expect(locate("", ["JOURNAL_DB": ""]) == .home)
    }

    @Test(arguments: [
        (JournalLocation.Origin?.some(.option), "(the path given with --db)", "check the path"),
        (.environment, "(the path in JOURNAL_DB)", "check the path"),
        (.dataHome, "(the usual place, in XDG_DATA_HOME, as neither --db nor JOURNAL_DB is set)", "write the first entry"),
        (.home, "(the usual place, as neither --db nor JOURNAL_DB is set)", "write the first entry"),
        (nil, "there is no journal at /j.sqlite yet", "journal add"),
    ])
    func aMissingJournalIsNamedWithWhatChoseIt(origin: JournalLocation.Origin?, problem: String, advice: String) {
        let error = StoreError.noJournal("/j.sqlite", origin: origin)
        #expect(error.problem.hasPrefix("there is no journal at /j.sqlite yet"))
        #expect(error.problem.contains(problem))
        #expect(error.advice.contains(advice))
    }

    @Test func openingSaysWhatItCreated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-location-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a/b/journal.sqlite"
        let first = try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing))
        #expect(first.creation == JournalCreation(createdFolder: folder + "/a/b"))
        #expect(try JournalStore.open(JournalAccess(path: path, mode: .createIfMissing)).creation == nil)
        let beside = try JournalStore.open(JournalAccess(path: folder + "/a/b/other.sqlite", mode: .createIfMissing))
        #expect(beside.creation == JournalCreation(createdFolder: nil))
        #expect(throws: StoreError.noJournal(folder + "/none.sqlite", origin: .environment)) {
            try JournalStore.open(JournalAccess(path: folder + "/none.sqlite", mode: .mustExist(readOnly: true), origin: .environment))
        }
    }
}

@Suite("How close a mistyped word is")
struct ResemblanceTests {
    static let commands = ["add", "list", "show", "edit", "delete", "session", "topic", "prep", "check-in", "search", "export", "import"]

    @Test(arguments: [
        ("ad", ["add"]), ("serach", ["search"]), ("sesion", ["session"]), ("topics", ["topic"]), ("checkin", ["check-in"]),
        ("CHECK_IN", ["check-in"]), ("lst", ["list"]), ("exprot", ["export"]), ("shwo", ["show"]), ("prepp", ["prep"]),
    ])
    func aMistypedNameFindsTheOneMeant(word: String, meant: [String]) {
        #expect(Resemblance.closest(to: word, among: Self.commands) == meant)
    }

    @Test(arguments: ["x", "nonsense", "everything", "addition", "sessions-list"])
    func aWordLikeNoNameFindsNone(word: String) {
        #expect(Resemblance.closest(to: word, among: Self.commands).isEmpty)
    }

    @Test func editsAreCountedWithSwapsAsOne() {
        #expect(Resemblance.distance("serach", "search") == 1)
        #expect(Resemblance.distance("", "abc") == 3)
        #expect(Resemblance.distance("kitten", "sitting") == 3)
        #expect(Resemblance.closest(to: "phq-9", among: ["phq9", "gad7", "list"]) == ["phq9"])
    }
}
