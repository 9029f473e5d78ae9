import FuzzSupport
import JournalCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    readImport(bytes(start, count), format: .jrnlJSON)
    return 0
}
