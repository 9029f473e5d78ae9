import Foundation
import Testing

@testable import JournalCore

/// The client of journal-picture against stand-ins written as shell scripts, which answer as
/// the helper would, or crash, hang or talk nonsense as a broken one might. The real helper is
/// tested end to end in journalTests.
@Suite("Running the picture helper")
final class PictureHelperTests {
    let folder: URL
    let picture = AttachmentFile(name: "storm.png", kind: .png, bytes: Data(FramedFiles.png()))

    static let facts = PictureFacts(
        kind: .png, width: 16, height: 16, orientation: 1, uprightWidth: 16, uprightHeight: 16, pages: 1, metadata: [])

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-helper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A helper made of `script`, run by sh, with the scratch folder as `$work`.
    func helper(_ script: String, timeLimit: Int = 60) throws -> PictureHelper {
        let path = folder.appendingPathComponent("journal-picture")
        try writeExecutable("#!/bin/sh\nwork='\(folder.path)'\n\(script)\n", to: path.path)
        return PictureHelper(executable: path, temporaryFolder: folder, timeLimit: timeLimit)
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func itIsLookedForBesideJournalThenInLibexec() throws {
        let journal = URL(fileURLWithPath: "/opt/journal/bin/journal")
        #expect(PictureHelper.candidates(besideJournalAt: journal).map(\.path) == [
            "/opt/journal/bin/journal-picture", "/opt/journal/libexec/journal/journal-picture",
        ])

        let bin = folder.appendingPathComponent("bin")
        let libexec = folder.appendingPathComponent("libexec/journal")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: libexec, withIntermediateDirectories: true)
        let installed = libexec.appendingPathComponent("journal-picture")
        try writeExecutable("#!/bin/sh\n", to: installed.path)
        let found = try PictureHelper.locate(besideJournalAt: bin.appendingPathComponent("journal"), temporaryFolder: folder)
        #expect(found.executable.path == installed.path)

        let beside = bin.appendingPathComponent("journal-picture")
        try FileManager.default.copyItem(at: installed, to: beside)
        let first = try PictureHelper.locate(besideJournalAt: bin.appendingPathComponent("journal"), temporaryFolder: folder)
        #expect(first.executable.path == beside.path)
    }

    @Test func aMissingHelperIsReportedWithWhereItWasLookedFor() throws {
        let journal = folder.appendingPathComponent("bin/journal")
        #expect(throws: AttachmentError.helperMissing(searched: PictureHelper.candidates(besideJournalAt: journal).map(\.path))) {
            try PictureHelper.locate(besideJournalAt: journal, temporaryFolder: self.folder)
        }
        let error = AttachmentError.helperMissing(searched: ["/a/journal-picture", "/libexec/journal/journal-picture"])
        #expect(error.problem.contains("/a/journal-picture and /libexec/journal/journal-picture"))
        #expect(error.advice.contains("README"))
    }

    @Test func itGetsThePicturesBytesInAPrivateFolderAndNothingOfTheEnvironment() throws {
        let helper = try helper(
            """
            cp "$2" "$work/seen"
            stat -c '%a %a' "$(dirname "$2")" "$2" > "$work/modes"
            printf '%s\\n' "$1" > "$work/arguments"
            env > "$work/environment"
            echo '\(try Self.json(Self.facts))'
            """)
        #expect(try helper.inspect(picture) == Self.facts)
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("seen").path) == picture.bytes)
        let modes = try String(contentsOf: folder.appendingPathComponent("modes"), encoding: .utf8)
        #expect(modes.split(separator: "\n") == ["700 700", "600 600"])
        #expect(try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8) == "inspect\n")
        let environment = try String(contentsOf: folder.appendingPathComponent("environment"), encoding: .utf8)
        #expect(!environment.contains("HOME="))
        #expect(!environment.contains("PATH=/"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("journal-picture-") }
        #expect(left.isEmpty, "the work folder was not removed")
    }

    @Test func aPrintCopyComesBackWithItsFacts() throws {
        let copy = Data([0xFF, 0xD8, 0xFF, 0xD9])
        let facts = PrintCopyFacts(source: Self.facts, copy: .init(kind: .jpeg, width: 16, height: 16, bytes: copy.count))
        let helper = try helper(
            """
            [ "$1" = print-copy ] || exit 64
            printf '\\377\\330\\377\\331' > "$3"
            echo '\(try Self.json(facts))'
            """)
        let made = try helper.makePrintCopy(of: picture)
        #expect(made == PrintCopy(source: Self.facts, kind: .jpeg, width: 16, height: 16, bytes: copy))
    }

    @Test func aCopyOfAnotherSizeThanAnsweredIsNotTrusted() throws {
        let facts = PrintCopyFacts(source: Self.facts, copy: .init(kind: .jpeg, width: 16, height: 16, bytes: 99))
        let helper = try helper("printf 'xy' > \"$3\"; echo '\(try Self.json(facts))'")
        #expect(throws: AttachmentError.helperNotUnderstood) { try helper.makePrintCopy(of: self.picture) }
    }

    static let failures: [(String, AttachmentError)] = [
        (#"{"failure": "damaged", "kind": "png"}"#, .damaged("storm.png", .png)),
        (#"{"failure": "truncated", "kind": "jpeg"}"#, .truncated("storm.png", .jpeg)),
        (#"{"failure": "tooManyPixels", "width": 30000, "height": 20000}"#, .tooManyPixels("storm.png", width: 30000, height: 20000)),
        (#"{"failure": "notAccepted"}"#, .notAccepted("storm.png")),
        (#"{"failure": "cannotWrite"}"#, .cannotWriteCopy),
        (#"{"failure": "damaged"}"#, .helperNotUnderstood),
        (#"{"failure": "on fire"}"#, .helperNotUnderstood),
    ]

    @Test(arguments: failures.map(\.0))
    func itsFailuresBecomeErrorsNamingThePicture(answer: String) throws {
        let expected = try #require(Self.failures.first { $0.0 == answer }?.1)
        let helper = try helper("echo '\(answer)'; echo 'raw library noise' >&2; exit 1")
        #expect(throws: expected) { try helper.inspect(self.picture) }
    }

    @Test func everyFailureItCanHaveTravelsAndComesBack() {
        let errors: [AttachmentError] = [
            .missing("x"), .isAFolder("x"), .notReadable("x"), .empty("x"), .tooLarge("x", bytes: 60_000_000),
            .tooLarge("x", bytes: nil), .notAccepted("x"), .truncated("x", .gif), .damaged("x", .svg),
            .tooManyPixels("x", width: 3, height: 4), .cannotWriteCopy,
        ]
        for error in errors {
            #expect(PictureHelperFailure(error)?.error(naming: "x") == error)
        }
        #expect(PictureHelperFailure(.helperNotUnderstood) == nil)
    }

    @Test func aHelperThatCrashesIsReportedAsStopped() throws {
        let helper = try helper("kill -SEGV $$")
        #expect(throws: AttachmentError.helperStopped("storm.png")) { try helper.inspect(self.picture) }
    }

    @Test func aHelperThatHangsIsStoppedAtTheTimeLimit() throws {
        let helper = try helper("exec tail -f /dev/null", timeLimit: 1)
        #expect(throws: AttachmentError.helperTookTooLong("storm.png", seconds: 1)) { try helper.inspect(self.picture) }
    }

    @Test(arguments: ["echo 'not json'", "echo '{\"kind\": \"png\"}'", "exit 64"])
    func anAnswerItCannotReadIsReportedAsNotUnderstood(script: String) throws {
        let helper = try helper(script)
        #expect(throws: AttachmentError.helperNotUnderstood) { try helper.inspect(self.picture) }
    }

    @Test func aHelperThatCannotStartSaysSo() throws {
        let helper = try helper("echo 'error while loading shared libraries: libvips.so.42' >&2; exit 127")
        #expect(throws: AttachmentError.helperCannotStart) { try helper.inspect(self.picture) }
    }
}
