import Foundation
import FuzzSupport
import JournalCore

/// A fixed now in the autumn, an hour after the clocks went back, so that the day before holds 25 hours.
let parsers = [
    DateExpressionParser(now: Date(timeIntervalSince1970: 1_792_371_600), timeZone: fuzzTimeZone),
    DateExpressionParser(now: Date(timeIntervalSince1970: 1_792_371_600), timeZone: fuzzTimeZone, looksAhead: true),
]

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = String(data: bytes(start, count), encoding: .utf8) else { return 0 }
    for parser in parsers {
        expectPlainRefusal {
            let resolved = try parser.parse(text)
            precondition(resolved.start.date <= resolved.end, "a date expression resolved to an end before its start")
        }
    }
    return 0
}

@_cdecl("fuzz_dates_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
