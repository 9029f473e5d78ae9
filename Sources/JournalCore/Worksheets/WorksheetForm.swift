/// A worksheet as plain text: a heading per field (`## Into bed`), what to write under it as
/// note lines (`# …`, left out when read back), and what was written. A person fills it in an
/// editor; a script writes the headings it needs and what goes under them:
///
/// ```
/// ## Into bed
/// 23:10
/// ## Quality
/// 4
/// ```
///
/// Headings may come in any order, in any case, each once; a missing heading is an empty field.
/// A line of the writer's own that starts with `#` is written `\#…`, so that it is not taken
/// for a note.
public enum WorksheetForm {
    /// The empty form of `kind`, or the form of `worksheet` filled in, for `worksheet edit`.
    public static func render(_ kind: WorksheetKind, filledWith values: WorksheetValues? = nil) -> String {
        var lines = [
            "# \(kind.title): journal worksheet add \(kind.rawValue) reads this form back.",
            "# Write under each heading. Lines starting with # are notes for you and are left out;",
            "# a heading marked (optional) may stay empty.",
            "#",
        ]
        lines += kind.about.wrapped(to: 78).map { "# " + $0 }
        for field in kind.fields {
            lines.append("")
            lines.append("## " + field.title + (field.isRequired ? "" : " (optional)"))
            lines += field.help.wrapped(to: 78).map { "# " + $0 }
            if let value = values?[field] {
                lines += text(of: value, for: field).split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.hasPrefix("#") ? "\\" + line : String(line)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value as it is written under its heading, and read back by `WorksheetReader`: a
    /// time of the night as the clock showed it, a date with its time, each item of a list on
    /// its own line.
    public static func text(of value: FieldValue, for field: WorksheetField) -> String {
        switch value {
        case .moment(let moment):
            let time = moment.localTime
            return field.type == .clockTime ? time.clockTime : "\(time.isoDay) \(time.clockTime)"
        case .day(let day): return day.isoDay
        case .text(let text): return text
        case .number(let number): return String(number)
        case .yesNo(let answer): return answer ? "yes" : "no"
        case .ratings(let ratings): return ratings.map { "\($0.name) \($0.value)" }.joined(separator: "\n")
        case .thoughts(let thoughts): return thoughts.map { ($0.isHot ? "* " : "") + $0.text }.joined(separator: "\n")
        case .urge(let urge): return urgeText(urge)
        case .namedUrges(let urges): return urges.map { "\($0.name) \(urgeText($0.urge))" }.joined(separator: "\n")
        case .words(let words): return words.joined(separator: ", ")
        }
    }

    /// `3`, `3 acted`
    static func urgeText(_ urge: Urge) -> String {
        "\(urge.strength)" + (urge.wasActedOn ? " acted" : "")
    }

    /// The text written under each heading of a filled-in form, by field, in the kind's order;
    /// a heading left out has none. Throws for text before the first heading, a heading the kind
    /// does not have, or one given twice.
    public static func sections(of form: String, kind: WorksheetKind) throws(WorksheetError) -> [(WorksheetField, String)] {
        var texts: [WorksheetField: [Substring]] = [:]
        var current: WorksheetField?
        for (index, line) in form.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.hasPrefix("##") {
                var heading = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                if heading.lowercased().hasSuffix("(optional)") {
                    heading = String(heading.dropLast("(optional)".count)).trimmingCharacters(in: .whitespaces)
                }
                guard let field = kind.field(named: heading) else { throw .unknownHeading(kind, line: index + 1) }
                guard texts[field] == nil else { throw .repeatedHeading(kind, field, line: index + 1) }
                texts[field] = []
                current = field
            } else if line == "#" || line.hasPrefix("# ") {
                continue
            } else if let field = current {
                texts[field]!.append(line.hasPrefix("\\#") ? line.dropFirst() : line)
            } else if !line.allSatisfy(\.isWhitespace) {
                throw .textBeforeHeadings(kind, line: index + 1)
            }
        }
        return kind.fields.compactMap { field in texts[field].map { (field, $0.joined(separator: "\n")) } }
    }
}

extension WorksheetReader {
    /// The worksheet a filled-in form holds, each field read in the kind's order.
    public func worksheet(fromForm form: String, isFlagged: Bool = false, isPrivate: Bool = false) throws(WorksheetError)
        -> NewWorksheet
    {
        guard !form.isBlank else { throw .emptyForm(kind) }
        let written = Dictionary(uniqueKeysWithValues: try WorksheetForm.sections(of: form, kind: kind).map { ($0.0.key, $0.1) })
        var values = WorksheetValues()
        for field in kind.fields {
            values[field] = try checkedValue(of: field, from: written[field.key] ?? "", after: values)
        }
        return worksheet(values, isFlagged: isFlagged, isPrivate: isPrivate)
    }
}
