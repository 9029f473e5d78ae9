/// How text output is laid out for where it goes.
public struct TextStyle: Sendable {
    /// Bold, dim and colour with ANSI sequences: only for a terminal, and never with `NO_COLOR`.
    public var usesColor: Bool
    /// Characters that could act on a terminal (escape sequences, bells, NULs) are shown as
    /// visible symbols instead. Off when output goes to a file or a pipe, which get the text as
    /// it was written.
    public var showsControlCharacters: Bool
    /// The width to wrap and cut lines at.
    public var width: Int

    public init(usesColor: Bool, showsControlCharacters: Bool, width: Int) {
        self.usesColor = usesColor
        self.showsControlCharacters = showsControlCharacters
        self.width = width
    }

    /// Plain text for files and pipes.
    public static let plain = TextStyle(usesColor: false, showsControlCharacters: false, width: 80)

    func bold(_ text: String) -> String { usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { usesColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func accent(_ text: String) -> String { usesColor ? "\u{1B}[33m\(text)\u{1B}[0m" : text }

    /// The writer's text made safe for where it goes.
    public func safe(_ text: String) -> String {
        showsControlCharacters ? TerminalSafety.visible(text) : text
    }
}

enum TerminalSafety {
    /// Replaces every character that a terminal would act upon by a visible stand-in: C0
    /// controls by their Unicode control pictures (ESC becomes ␛), DEL by ␡, C1 controls and
    /// bidirectional overrides by `<U+XXXX>`. Line breaks and tabs stay, and so does the
    /// carriage return of a Windows line ending.
    ///
    /// A FIRST STRONG ISOLATE with its POP DIRECTIONAL ISOLATE later in the text also stays:
    /// a closed isolate keeps its words apart from the others and cannot reorder anything
    /// outside it (UAX #9), and it is how `BidiIsolation` keeps right-to-left words whole. One
    /// left open, or a closing one without its opening, would carry on into what follows, and
    /// is shown as `<U+2068>` or `<U+2069>`.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        let closedIsolates = closedIsolates(in: scalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A, 0x09:
                result.append(scalar)
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n":
                result.append(scalar)
            case 0x00..<0x20:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")
            case 0x2068...0x2069 where closedIsolates.contains(index):
                result.append(scalar)
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                result.append(contentsOf: "<U+\(padded)>".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The positions of each U+2068 FIRST STRONG ISOLATE and the U+2069 POP DIRECTIONAL
    /// ISOLATE that closes it, paired as brackets are; the end of a line or paragraph ends every
    /// isolate open, as it does on the screen.
    private static func closedIsolates(in scalars: [Unicode.Scalar]) -> Set<Int> {
        var closed = Set<Int>()
        var open: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\u{2068}": open.append(index)
            case "\u{2069}":
                if let opening = open.popLast() { closed.formUnion([opening, index]) }
            case "\n", "\u{2029}": open.removeAll()
            default: break
            }
        }
        return closed
    }
}
