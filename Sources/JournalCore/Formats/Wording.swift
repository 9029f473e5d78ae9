/// Words every command uses the same way.
public enum Wording {
    /// `1 entry`, `3 entries`.
    public static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
