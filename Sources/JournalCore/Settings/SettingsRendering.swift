/// What `journal settings` prints.
public enum SettingsRendering {
    /// Every setting, with its value or that it has none, and what it is for.
    public static func list(_ values: [(setting: Setting, value: String)], style: TextStyle) -> String {
        Setting.allCases.map { setting in
            let value = values.first { $0.setting == setting }?.value
            return style.bold(setting.rawValue) + ": " + (value.map(style.safe) ?? style.dim("not set")) + "\n"
                + "  " + style.dim(setting.purpose)
        }.joined(separator: "\n") + "\n"
    }

    /// One setting's value alone, for a script; or that it has none, and how to give it one.
    public static func value(_ value: String?, of setting: Setting, style: TextStyle) -> String {
        guard let value else { return "\(setting.rawValue) is not set. \(example(setting)) sets it.\n" }
        return style.safe(value) + "\n"
    }

    public static func changed(_ setting: Setting, to value: String, style: TextStyle) -> String {
        "The \(setting.rawValue) is now \(BidiIsolation.isolated(value, style: style)).\n"
    }

    public static func removed(_ setting: Setting, hadValue: Bool) -> String {
        hadValue ? "Removed the \(setting.rawValue).\n" : "The \(setting.rawValue) was not set, so nothing changed.\n"
    }

    static func example(_ setting: Setting) -> String {
        switch setting {
        case .name: "journal settings name \"A. Example\""
        }
    }
}
