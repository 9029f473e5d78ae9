import Foundation
import FuzzSupport
import JournalCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    expectPlainRefusal { _ = try AttachmentKind.recognising(bytes(start, count), name: "fuzz") }
    return 0
}
