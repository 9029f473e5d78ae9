import Foundation
import FuzzSupport
import JournalCore

let now = Date(timeIntervalSince1970: 1_792_371_600)

/// The first byte picks the kind of worksheet; the rest is the form.
func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = bytes(start, count)
    guard let first = data.first, let form = String(data: data.dropFirst(), encoding: .utf8) else { return 0 }
    let kinds = WorksheetKind.allCases
    let kind = kinds[Int(first) % kinds.count]
    expectPlainRefusal {
        let worksheet = try WorksheetReader(kind: kind, now: now, timeZone: fuzzTimeZone).worksheet(fromForm: form)
        _ = "\(worksheet)".count
    }
    return 0
}

@_cdecl("fuzz_worksheet_form_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
