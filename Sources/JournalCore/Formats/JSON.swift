/// A JSON value whose objects keep their keys in the order written, so that the documented
/// shapes read the same way in every output.
public indirect enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// The value as JSON text, indented by two spaces, ending without a newline.
    public func rendered() -> String {
        rendered(nestedIn: "")
    }

    /// The value as it reads nested at `indent` in a larger document written piece by piece.
    func rendered(nestedIn indent: String) -> String {
        var output = ""
        write(to: &output, indent: indent)
        return output
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? String(value) : "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += inner
                value.write(to: &output, indent: inner)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner
                Self.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    /// Copies runs of characters that need no escaping in one piece: an export writes a
    /// hundred megabytes of text through here.
    private static func writeString(_ string: String, to output: inout String) {
        output += "\""
        let utf8 = string.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let escape: String? =
                switch byte {
                case UInt8(ascii: "\""): "\\\""
                case UInt8(ascii: "\\"): "\\\\"
                case UInt8(ascii: "\n"): "\\n"
                case UInt8(ascii: "\r"): "\\r"
                case UInt8(ascii: "\t"): "\\t"
                case 0..<0x20, 0x7F:
                    "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                default: nil
                }
            if let escape {
                output += string[runStart..<index]
                output += escape
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += string[runStart..<utf8.endIndex]
        output += "\""
    }
}

extension JSON {
    public init(_ value: Int?) {
        self = value.map { .int($0) } ?? .null
    }

    public init(_ strings: [String]) {
        self = .array(strings.map { .string($0) })
    }
}
