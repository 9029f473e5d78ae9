/// Forms of dates that work, offered when a date is refused: of the kind the person seemed
/// to type (a misspelt month gets month forms), made from today, and never on the wrong side
/// of now: looking back (an entry's date), none in the future; looking ahead, none past.
public struct DateForms: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case general, month, weekday, day, count, partOfDay, time, numericDate
    }

    public var kind: Kind
    public var examples: [String]

    public init(kind: Kind, examples: [String]) {
        self.kind = kind
        self.examples = examples
    }

    /// `use a form like 2026-11-17, yesterday 9pm or 3 days ago`
    public var advice: String {
        guard !examples.isEmpty else { return "write the date year-month-day, or a day like today or yesterday" }
        return "\(lead) \(listedExamples)"
    }

    /// `a, b or c`
    var listedExamples: String {
        examples.count < 2 ? examples.joined() : examples.dropLast().joined(separator: ", ") + " or " + examples.last!
    }

    private var lead: String {
        switch kind {
        case .general: "use a form like"
        case .month: "write a day of a month like"
        case .weekday: "name a weekday like"
        case .day: "name a day like"
        case .count: "count in minutes, hours, days, weeks, months or years, like"
        case .partOfDay: "name a part of the day like"
        case .time: "write a time like"
        case .numericDate: "write a date in digits like"
        }
    }
}

extension DateExpressionParser {
    /// `error` with the forms to suggest filled in, for the words that were refused.
    func withForms(_ error: DateExpressionError, words: [String]) -> DateExpressionError {
        switch error {
        case .unrecognised(let input, let word, nil):
            let unknown = word ?? DateSuggestions.unknownWord(in: words)
            let kind = unknown.flatMap(DateSuggestions.kind(resembledBy:)) ?? DateSuggestions.kind(of: words)
            return .unrecognised(input, unknownWord: unknown.map { Self.asTyped($0, in: input) }, forms: forms(of: kind))
        case .unknownUnit(let input, let unit, nil):
            return .unknownUnit(input, unit: unit, forms: forms(of: .count))
        case .negativeCount(let input, nil):
            return .negativeCount(input, forms: forms(of: .count))
        default:
            return error
        }
    }

    /// `word`, which the parser lower-cased, as it was typed in `input`.
    private static func asTyped(_ word: String, in input: String) -> String {
        input.split(separator: " ").lazy.map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
            .first { $0.lowercased() == word }.map(String.init) ?? word
    }

    /// Up to four forms of `kind`, each one this parser accepts and resolves on the side of now
    /// it looks to.
    func forms(of kind: DateForms.Kind) -> DateForms {
        let fitting = candidates(of: kind).filter { candidate in
            guard let resolved = try? resolve(DateVocabulary.words(of: candidate), input: candidate) else { return false }
            let moment = (resolved.moment ?? resolved.start).date
            return looksAhead ? moment >= now : resolved.start.date <= now && moment <= now
        }
        return DateForms(kind: kind, examples: Array(fitting.prefix(kind == .general ? 4 : 3)))
    }

    /// Forms of `kind` made from a day just past (looking ahead, just to come).
    private func candidates(of kind: DateForms.Kind) -> [String] {
        let near = todayDay.adding(days: looksAhead ? 1 : -1)
        let weekday = DateVocabulary.weekdayNames[near.weekday % 7]
        let otherWeekday = DateVocabulary.weekdayNames[near.adding(days: looksAhead ? 1 : -1).weekday % 7]
        let nearWord = looksAhead ? "tomorrow" : "yesterday"
        let (day, month, year) = (near.dayOfMonth, near.month, near.year)
        switch (kind, looksAhead) {
        case (.general, false): return [near.isoDay, "yesterday 9pm", otherWeekday, "3 days ago", "last night"]
        case (.general, true): return [near.isoDay, "tomorrow 17:00", "next \(otherWeekday)", "in 3 days"]
        case (.month, _):
            return [
                "\(DateVocabulary.shortMonthName(month)) \(day)", "\(day) \(DateVocabulary.monthName(month))",
                "\(DateVocabulary.monthName(month)) \(Self.ordinal(day)), \(year)",
            ]
        case (.weekday, false): return [weekday, "last \(otherWeekday)", "\(weekday) 9pm"]
        case (.weekday, true): return [weekday, "next \(otherWeekday)", "\(weekday) 17:00"]
        case (.day, false): return ["today", "yesterday", "yesterday 9pm"]
        case (.day, true): return ["tomorrow", "tomorrow 17:00", "today 17:00"]
        case (.count, false): return ["3 days ago", "2 weeks ago", "1 month ago", "an hour ago"]
        case (.count, true): return ["in 3 days", "in 2 weeks", "in an hour"]
        case (.partOfDay, false):
            return ["this morning", "this afternoon", "this evening", "last night", "tonight", "\(nearWord) evening"]
        case (.partOfDay, true): return ["this afternoon", "this evening", "tonight", "\(nearWord) morning"]
        case (.time, false): return ["9am", "noon", "21:30", "\(nearWord) 21:30", "\(nearWord) 9pm"]
        case (.time, true): return ["17:00", "9:30am", "\(nearWord) noon"]
        case (.numericDate, _):
            // A day of the month above 12 cannot be read month first, so that form is clear.
            let slashed = day > 12 ? ["\(day)/\(month)/\(year)"] : []
            return [near.isoDay] + slashed + ["\(day).\(month).\(year)"]
        }
    }

    /// `1st`, `2nd`, `3rd`, `11th`, `22nd`.
    private static func ordinal(_ day: Int) -> String {
        let suffix =
            (11...13).contains(day % 100) ? "th" : day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th"
        return "\(day)\(suffix)"
    }
}

/// Which word of a refused date the parser did not know, and what kind of word it seems to be.
enum DateSuggestions {
    private static let dayWords = ["today", "yesterday", "tomorrow", "tonight", "now"]
    private static let unitWords = ["minutes", "hours", "days", "weeks", "months", "years"]
    private static let partWords = ["morning", "afternoon", "evening", "night", "noon", "midnight", "midday"]
    private static let timeWords: Set = ["am", "pm", "o'clock", "oclock"]
    private static let joiningWords: Set = ["ago", "in", "at", "on", "of", "the", "last", "next", "this"]

    /// The first word that belongs to no form: not a name, a number, a time or a joining word.
    static func unknownWord(in words: [String]) -> String? {
        words.first { word in
            !(joiningWords.contains(word) || dayWords.contains(word) || DateUnit(word) != nil
                || PartOfDay(word) != nil || partWords.contains(word) || DateVocabulary.month(named: word) != nil
                || DateVocabulary.weekday(named: word) != nil || DateVocabulary.count(word) != nil
                || DateVocabulary.dayOfMonth(word) != nil || DateVocabulary.year(word) != nil
                || looksLikeTime(word) || looksLikeDigits(word))
        }
    }

    /// The kind of the name `word` comes close to (`Novmber`, `tusday`, `yesterdy`); nil when
    /// it resembles none.
    static func kind(resembledBy word: String) -> DateForms.Kind? {
        if looksLikeTime(word) { return .time }
        if looksLikeDigits(word) { return .numericDate }
        let groups: [(DateForms.Kind, [String])] = [
            (.month, DateVocabulary.monthNames), (.weekday, DateVocabulary.weekdayNames), (.day, dayWords),
            (.count, unitWords + ["fortnights"]), (.partOfDay, partWords),
        ]
        var best: (kind: DateForms.Kind, distance: Int)?
        for (kind, names) in groups {
            for name in names {
                let distance = resemblance(word, name)
                if distance < (best?.distance ?? Int.max) { best = (kind, distance) }
            }
        }
        return best.flatMap { $0.distance <= (word.count >= 6 ? 2 : 1) ? $0.kind : nil }
    }

    /// The kind of the first word that names something, for words that are each known but
    /// do not go together (`today tomorrow`, `9pm 21:30`).
    static func kind(of words: [String]) -> DateForms.Kind {
        for word in words {
            if DateVocabulary.month(named: word) != nil { return .month }
            if DateVocabulary.weekday(named: word) != nil { return .weekday }
            if dayWords.contains(word) { return .day }
            if DateUnit(word) != nil { return .count }
            if partWords.contains(word) { return .partOfDay }
            if looksLikeTime(word) || timeWords.contains(word) { return .time }
            if looksLikeDigits(word) { return .numericDate }
        }
        return .general
    }

    /// Edits between `word` and `name`, adjacent swaps counting one (`serach`); a word that
    /// begins a name, or a name that begins it, in at least three letters counts as close.
    private static func resemblance(_ word: String, _ name: String) -> Int {
        if word.count >= 3, name.hasPrefix(word) || word.hasPrefix(name) { return 1 }
        return Resemblance.distance(word, name)
    }

    private static func looksLikeTime(_ word: String) -> Bool {
        word.contains(":") || word.hasSuffix("am") && word.first?.isNumber == true
            || word.hasSuffix("pm") && word.first?.isNumber == true
    }

    private static func looksLikeDigits(_ word: String) -> Bool {
        word.first?.isNumber == true && word.contains { $0 == "/" || $0 == "-" || $0 == "." }
    }
}
