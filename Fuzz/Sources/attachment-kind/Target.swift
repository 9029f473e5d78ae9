import Foundation
import FuzzSupport
import JournalCore

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    expectPlainRefusal { _ = try AttachmentKind.recognising(bytes(start, count), name: "fuzz") }
    return 0
}

@_cdecl("fuzz_attachment_kind_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
