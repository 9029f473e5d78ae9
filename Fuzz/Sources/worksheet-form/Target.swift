import Foundation
import FuzzSupport
import JournalCore

let now = Date(timeIntervalSince1970: 1_792_371_600)

/// The first byte picks the kind of worksheet; the rest is the form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
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
