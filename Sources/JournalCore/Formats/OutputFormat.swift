/// The formats a list of entries can be printed in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
    case markdown
}
