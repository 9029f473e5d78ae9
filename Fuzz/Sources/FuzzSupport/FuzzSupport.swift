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
public func bytes(_ start: UnsafePointer<UInt8>, _ count: Int) -> Data {
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

/// The signature of a fuzz target's one input: bytes and their count, 0 when done.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ target: FuzzTarget
) -> CInt

/// Runs libFuzzer on `target` with the program's arguments. SwiftPM links an executable with its
/// module's entry point (`MODULE_main`) as `main`, which would otherwise be libFuzzer's: each
/// target's entry point hands over to libFuzzer's driver here.
public func runLibFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ target: FuzzTarget
) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, target)
}
