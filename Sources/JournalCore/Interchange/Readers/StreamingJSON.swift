/// What is wrong with a JSON text, and the line it is on.
struct JSONSyntaxError: Error, Equatable {
    var line: Int
    var message: String
}

/// A JSON (RFC 8259) pull parser that reads a file a chunk at a time.
///
/// The caller walks the outer structure itself (`beginObject`, `nextKey`, `beginArray`,
/// `hasNextElement`) and asks for whole values only where they are small, such as one element
/// of a long array: so a file of any length is read in the same small amount of memory.
///
/// Values come back as `JSON`. A number written as an integer (no fraction, no exponent) that
/// fits in an `Int` is `.int`, so `-0` is `.int(0)`; every other number is `.double`, so `1e3`
/// and `12.5` are refused wherever a whole number is expected.
struct StreamingJSON {
    /// Deeper values are refused rather than risk running out of stack; the files read here
    /// nest three or four levels.
    static let maximumDepth = 256

    private var cursor: ByteCursor
    /// The line of the next byte to be read, counted from 1.
    private(set) var line = 1
    /// Bytes of the string or number being read, when they do not lie within one chunk.
    private var scratch: [UInt8] = []
    /// For each array and object the caller has begun: whether its first member is still to come.
    private var openContainers: [Bool] = []

    init(file: ChunkedFile) throws(ImportError) {
        cursor = try ByteCursor(file: file)
    }

    // MARK: - Walking the outer structure

    /// Reads the `{` that begins an object.
    mutating func beginObject() throws {
        try begin("{", named: "an object in { }")
    }

    /// The next key of the object begun last, with the colon after it read, so that the value
    /// is next; nil, having read the `}`, when the object ends.
    mutating func nextKey() throws -> String? {
        guard try member(closingWith: "}") else { return nil }
        guard try significantByte() == ASCII.quote else { throw failure("expected a key in double quotes") }
        cursor.advance()
        let key = try stringBody(keeping: true)
        try expectColon()
        return key
    }

    /// Reads the `[` that begins an array.
    mutating func beginArray() throws {
        try begin("[", named: "a list in [ ]")
    }

    /// Whether the next value is an array.
    mutating func isAtArray() throws -> Bool {
        try significantByte() == UInt8(ascii: "[")
    }

    /// Whether another element follows in the array begun last; if so, the next value read is
    /// that element and `line` is the line it starts on. False, having read the `]`, at the end.
    mutating func hasNextElement() throws -> Bool {
        guard try member(closingWith: "]") else { return false }
        _ = try significantByte()
        return true
    }

    /// The next value, whole.
    mutating func readValue() throws -> JSON {
        try value(depth: openContainers.count, keeping: true)
    }

    /// Reads past the next value without keeping it, checking its syntax but not the UTF-8 of
    /// its strings, which nothing reads.
    mutating func skipValue() throws {
        _ = try value(depth: openContainers.count, keeping: false)
    }

    /// Checks that nothing but white space follows the value read last.
    mutating func expectEnd() throws {
        if try significantByte() != nil { throw failure("unexpected text after the end of the JSON") }
    }

    private mutating func begin(_ opening: Unicode.Scalar, named name: String) throws {
        guard try significantByte() == UInt8(ascii: opening) else { throw failure("expected \(name)") }
        guard openContainers.count < Self.maximumDepth else { throw tooDeep() }
        cursor.advance()
        openContainers.append(true)
    }

    /// Reads the comma before a member, or the closing bracket; false at the closing bracket.
    private mutating func member(closingWith closing: Unicode.Scalar) throws -> Bool {
        let isFirst = openContainers[openContainers.count - 1]
        let byte = try significantByte()
        if byte == UInt8(ascii: closing) {
            cursor.advance()
            openContainers.removeLast()
            return false
        }
        if !isFirst {
            guard byte == UInt8(ascii: ",") else { throw failure("expected , or \(closing)") }
            cursor.advance()
        }
        openContainers[openContainers.count - 1] = false
        return true
    }

    // MARK: - Values

    /// The value at the cursor; when not keeping it, `.null` in place of strings, arrays and
    /// objects, so that skipping builds nothing.
    private mutating func value(depth: Int, keeping: Bool) throws -> JSON {
        guard let byte = try significantByte() else { throw failure("the file ends where a value should be") }
        switch byte {
        case UInt8(ascii: "{"):
            return try object(depth: depth + 1, keeping: keeping)
        case UInt8(ascii: "["):
            return try array(depth: depth + 1, keeping: keeping)
        case ASCII.quote:
            cursor.advance()
            let string = try stringBody(keeping: keeping)
            return keeping ? .string(string) : .null
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try number()
        default:
            throw failure("expected a value, found \(Self.describe(byte))")
        }
    }

    private mutating func object(depth: Int, keeping: Bool) throws -> JSON {
        guard depth <= Self.maximumDepth else { throw tooDeep() }
        cursor.advance()
        var members: [(String, JSON)] = []
        if try significantByte() == UInt8(ascii: "}") {
            cursor.advance()
            return .object(members)
        }
        while true {
            guard try significantByte() == ASCII.quote else { throw failure("expected a key in double quotes") }
            cursor.advance()
            let key = try stringBody(keeping: keeping)
            try expectColon()
            let member = try value(depth: depth, keeping: keeping)
            if keeping { members.append((key, member)) }
            switch try significantByte() {
            case UInt8(ascii: ","): cursor.advance()
            case UInt8(ascii: "}"):
                cursor.advance()
                return keeping ? .object(members) : .null
            default: throw failure("expected , or } after a value in an object")
            }
        }
    }

    private mutating func array(depth: Int, keeping: Bool) throws -> JSON {
        guard depth <= Self.maximumDepth else { throw tooDeep() }
        cursor.advance()
        var elements: [JSON] = []
        if try significantByte() == UInt8(ascii: "]") {
            cursor.advance()
            return .array(elements)
        }
        while true {
            let element = try value(depth: depth, keeping: keeping)
            if keeping { elements.append(element) }
            switch try significantByte() {
            case UInt8(ascii: ","): cursor.advance()
            case UInt8(ascii: "]"):
                cursor.advance()
                return keeping ? .array(elements) : .null
            default: throw failure("expected , or ] after a value in a list")
            }
        }
    }

    private mutating func expectColon() throws {
        guard try significantByte() == UInt8(ascii: ":") else { throw failure("expected : after a key") }
        cursor.advance()
    }

    private mutating func literal(_ word: StaticString) throws {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for expected in bytes {
            guard try cursor.peek() == expected else { throw failure("expected \(word)") }
            cursor.advance()
        }
    }

    /// Reads the bytes that can make up a number, then checks them against JSON's grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws -> JSON {
        scratch.removeAll(keepingCapacity: true)
        while let byte = try cursor.peek(), ASCII.isNumberPart(byte) {
            scratch.append(byte)
            cursor.advance()
        }
        var index = 0
        func skipDigits() -> Bool {
            let start = index
            while index < scratch.count, ASCII.isDigit(scratch[index]) { index += 1 }
            return index > start
        }
        if scratch[index] == UInt8(ascii: "-") { index += 1 }
        var isInteger = true
        var isValid: Bool
        if index < scratch.count, scratch[index] == UInt8(ascii: "0") {
            index += 1
            isValid = true
        } else {
            isValid = skipDigits()
        }
        if isValid, index < scratch.count, scratch[index] == UInt8(ascii: ".") {
            index += 1
            isInteger = false
            isValid = skipDigits()
        }
        if isValid, index < scratch.count, scratch[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            isInteger = false
            if index < scratch.count, scratch[index] == UInt8(ascii: "+") || scratch[index] == UInt8(ascii: "-") {
                index += 1
            }
            isValid = skipDigits()
        }
        let text = String(decoding: scratch, as: UTF8.self)
        guard isValid, index == scratch.count else {
            throw failure("\(text.prefix(40)) is not a number as JSON writes numbers")
        }
        if isInteger, let integer = Int(text) { return .int(integer) }
        return .double(Double(text) ?? .nan)
    }

    // MARK: - Strings

    /// Reads the rest of a string whose opening quote has been read; empty when not keeping it.
    private mutating func stringBody(keeping: Bool) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        while true {
            // Most of a string is a run of plain bytes within one chunk: scan it in one go.
            let chunk = cursor.chunk
            let start = cursor.index
            var end = start
            while end < chunk.count, !ASCII.endsPlainRunInString(chunk[end]) { end += 1 }
            if end < chunk.count, chunk[end] == ASCII.quote, scratch.isEmpty {
                cursor.index = end + 1
                return keeping ? try makeString(UnsafeBufferPointer(rebasing: chunk[start..<end])) : ""
            }
            if keeping { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<end])) }
            cursor.index = end
            guard let byte = try cursor.peek() else {
                throw failure("a string is not closed before the end of the file")
            }
            switch byte {
            case ASCII.quote:
                cursor.advance()
                return keeping ? try makeString(scratch) : ""
            case ASCII.backslash:
                cursor.advance()
                try escape(keeping: keeping)
            case 0x0A:
                throw failure("a string goes on past the end of its line; a line break in a string is written \\n")
            case ..<0x20:
                throw failure("a string holds a control character, which JSON writes as \\u\(Self.hex(UInt32(byte)))")
            default:
                continue  // the run went on into the next chunk
            }
        }
    }

    private func makeString(_ bytes: some Collection<UInt8>) throws -> String {
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw failure("a string is not valid UTF-8 text")
        }
        return string
    }

    /// Reads an escape sequence whose backslash has been read.
    private mutating func escape(keeping: Bool) throws {
        guard let byte = try cursor.peek() else { throw failure("a string is not closed before the end of the file") }
        cursor.advance()
        let decoded: UInt8
        switch byte {
        case ASCII.quote, ASCII.backslash, UInt8(ascii: "/"): decoded = byte
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            let scalar = try escapedScalar()
            if keeping { UTF8.encode(scalar) { scratch.append($0) } }
            return
        default:
            throw failure("\\\(Self.describe(byte, quoted: false)) is not an escape JSON knows")
        }
        if keeping { scratch.append(decoded) }
    }

    /// The character of a `\uXXXX` escape whose `\u` has been read; characters beyond the Basic
    /// Multilingual Plane are written as a surrogate pair, `\ud83d\ude00`.
    private mutating func escapedScalar() throws -> Unicode.Scalar {
        let first = try hexQuad()
        switch first {
        case 0xD800...0xDBFF:
            guard try cursor.peek() == ASCII.backslash else { throw loneSurrogate(first) }
            cursor.advance()
            guard try cursor.peek() == UInt8(ascii: "u") else { throw loneSurrogate(first) }
            cursor.advance()
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else { throw loneSurrogate(first) }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw loneSurrogate(first)
        default:
            return Unicode.Scalar(first)!
        }
    }

    private mutating func hexQuad() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = try cursor.peek(), let digit = ASCII.hexValue(byte) else {
                throw failure("\\u must be followed by four hexadecimal digits")
            }
            value = value << 4 | digit
            cursor.advance()
        }
        return value
    }

    // MARK: - White space and messages

    /// Skips white space, counting lines, and returns the next byte without reading past it.
    private mutating func significantByte() throws -> UInt8? {
        while let byte = try cursor.peek() {
            switch byte {
            case 0x20, 0x09, 0x0D: cursor.advance()
            case 0x0A:
                line += 1
                cursor.advance()
            default: return byte
            }
        }
        return nil
    }

    private func failure(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, message: message)
    }

    private func tooDeep() -> JSONSyntaxError {
        failure("values are nested more than \(Self.maximumDepth) levels deep")
    }

    private func loneSurrogate(_ value: UInt32) -> JSONSyntaxError {
        failure("\\u\(Self.hex(value)) is half of a surrogate pair without its other half")
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A byte for a message: the character when it is printable ASCII, else its code.
    private static func describe(_ byte: UInt8, quoted: Bool = true) -> String {
        guard (0x21...0x7E).contains(byte) else { return "byte 0x\(String(byte, radix: 16, uppercase: true))" }
        let character = String(UnicodeScalar(byte))
        return quoted ? "'\(character)'" : character
    }
}

/// The bytes JSON gives meaning to.
private enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")

    @inline(__always)
    static func endsPlainRunInString(_ byte: UInt8) -> Bool {
        byte == quote || byte == backslash || byte < 0x20
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    static func isNumberPart(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte | 0x20 == UInt8(ascii: "e")
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
