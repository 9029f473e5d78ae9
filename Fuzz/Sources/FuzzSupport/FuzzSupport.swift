import Foundation
@testable import JournalCore

/// What every target checks: a reader may refuse an input, but only with an error a person can
/// act on (a `JournalFailure`); any other error, like a crash, is a finding.
public func expectPlainRefusal(_ body: () throws -> Void) {
    do {
        try body()
    } catch is JournalFailure {
        return
    } catch {
        fatalError("refused without a plain message: \(type(of: error)): \(error)")
    }
}

/// The bytes libFuzzer hands over.
public func bytes(_ start: UnsafeRawPointer, _ count: Int) -> Data {
    Data(bytes: start, count: count)
}

/// The time zone the readers are run in: one with summer time, so that wall times that do not
/// exist or exist twice are reached.
public let fuzzTimeZone = TimeZone(identifier: "Europe/Berlin")!

/// Reads `data` as an import file of `format`, every record handed over and looked at.
public func readImport(_ data: Data, format: ImportFormat) {
    expectPlainRefusal {
        let file = ChunkedFile(bytes: data, name: "fuzz")
        try ImportReading.read(file, format: format, options: ImportOptions(timeZone: fuzzTimeZone)) { record in
            _ = "\(record)".count
        }
    }
}
