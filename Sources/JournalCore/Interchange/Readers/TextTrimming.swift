extension StringProtocol {
    /// The text without the characters at either end that `isTrimmed` picks out: by default
    /// white space, line breaks included.
    ///
    /// Only the ends are looked at. Foundation's `trimmingCharacters(in:)` goes through the
    /// whole text by way of NSString, which made it the slowest step of reading a long note.
    func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace }) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
