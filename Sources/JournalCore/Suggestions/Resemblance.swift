/// How close a mistyped word is to the names it may have meant: for "Did you mean …?" after a
/// mistyped command and for the forms offered after a misspelt date.
public enum Resemblance {
    /// The names closest to `word`, best first: at most two edits away (one for words of up to
    /// five letters), where an edit inserts, removes or changes a letter or swaps two
    /// neighbours (`serach`), and case, `-` and `_` and a plural `s` do not count (`checkin`,
    /// `phq-9`, `topics`). Empty when none is that close.
    public static func closest(to word: String, among names: [String]) -> [String] {
        let typed = folded(word)
        let limit = typed.count <= 5 ? 1 : 2
        let scored = names.map { (name: $0, distance: distance(typed, folded($0))) }.filter { $0.distance <= limit }
        guard let best = scored.map(\.distance).min() else { return [] }
        return scored.filter { $0.distance == best }.map(\.name)
    }

    /// Edits between two words, an adjacent swap counting one (the optimal string alignment
    /// distance).
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// Lower-cased, without `-` and `_`, and without a plural `s` on a word of more than three
    /// letters.
    private static func folded(_ word: String) -> String {
        var folded = word.lowercased().filter { $0 != "-" && $0 != "_" }
        if folded.count > 3, folded.hasSuffix("s") { folded.removeLast() }
        return folded
    }
}
