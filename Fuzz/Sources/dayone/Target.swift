import Foundation
import FuzzSupport
@testable import JournalCore

/// Day One's JSON read from memory; a zip (Day One's export as it comes) through a file, as
/// ZIPFoundation reads only files.
let zipPath = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-dayone-\(getpid()).zip").path

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = bytes(start, count)
    guard DayOneArchive.isZip(Array(data.prefix(4))) else {
        readImport(data, format: .dayone)
        return 0
    }
    FileManager.default.createFile(atPath: zipPath, contents: data)
    defer { try? FileManager.default.removeItem(atPath: zipPath) }
    expectPlainRefusal {
        try DayOneArchive(path: zipPath, name: "fuzz.zip").read(timeZone: fuzzTimeZone) { record in _ = "\(record)".count }
    }
    return 0
}

@_cdecl("fuzz_dayone_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
