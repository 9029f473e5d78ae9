import FuzzSupport
import JournalCore

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    readImport(bytes(start, count), format: .jrnlJSON)
    return 0
}

@_cdecl("fuzz_jrnl_json_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
