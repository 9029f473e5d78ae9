/// The words of the dates people type: how the input is cut into words, and the names of
/// months, weekdays, units, numbers and parts of the day.
enum DateVocabulary {
    /// The input cut into lower-case words: any run of whitespace is one space, a comma at the
    /// end of a word is dropped (`Nov 3, 2026`), and `9 pm`, `9 p.m.` and `9pm` all become
    /// `9pm`, so the rest of the parser sees one form of each.
    static func words(of input: String) -> [String] {
        var words: [String] = []
        for piece in input.lowercased().split(whereSeparator: \.isWhitespace) {
            var word = String(piece)
            while word.hasSuffix(",") { word.removeLast() }
            guard !word.isEmpty else { continue }
            if word == "a.m." || word == "p.m." { word = word == "a.m." ? "am" : "pm" }
            if word.hasSuffix("a.m.") || word.hasSuffix("p.m.") {
                word = String(word.dropLast(4)) + (word.hasSuffix("a.m.") ? "am" : "pm")
            }
            if word == "am" || word == "pm", let previous = words.last, previous.last.map(isASCIIDigit) == true {
                words[words.count - 1] = previous + word
            } else {
                words.append(word)
            }
        }
        return words
    }

    // MARK: Months

    static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// 1 to 12 for a month's name, its first three letters or `sept`, with or without a
    /// full stop (`Nov.`); nil for any other word.
    static func month(named word: String) -> Int? {
        let name = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard name.count >= 3 else { return nil }
        if name == "sept" { return 9 }
        return monthNames.firstIndex { $0 == name || (name.count == 3 && $0.hasPrefix(name)) }.map { $0 + 1 }
    }

    /// `November`, as messages spell a month.
    static func monthName(_ month: Int) -> String {
        monthNames[month - 1].capitalized
    }

    /// `Nov`, as the short forms of examples spell a month.
    static func shortMonthName(_ month: Int) -> String {
        String(monthName(month).prefix(3))
    }

    // MARK: Weekdays

    /// Sunday first, as `weekday(named:)` numbers them.
    static let weekdayNames = [
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    ]

    /// 0 (Sunday) to 6 for a weekday's name, its first three letters, or `tues`, `thur`,
    /// `thurs`; nil for any other word.
    static func weekday(named word: String) -> Int? {
        switch word {
        case "tues": return 2
        case "thur", "thurs": return 4
        default: return weekdayNames.firstIndex { $0 == word || $0.prefix(3) == word }
        }
    }

    // MARK: Numbers

    private static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    enum Count {
        case number(Int)
        /// Digits too many for an `Int`.
        case tooLarge
        /// `-3`: a count with a minus sign.
        case negative
    }

    /// A count as typed: digits, `a` or `an` (one), or a number word from one to twelve; nil
    /// for any other word.
    static func count(_ word: String) -> Count? {
        if word == "a" || word == "an" { return .number(1) }
        if let number = numberWords[word] { return .number(number) }
        if word.hasPrefix("-"), isDigits(word.dropFirst()) { return .negative }
        guard isDigits(word[...]) else { return nil }
        return Int(word).map(Count.number) ?? .tooLarge
    }

    /// The day of the month in `3`, `03`, `3rd`, `21st` or `22nd`: 1 to 31; nil for any other
    /// word.
    static func dayOfMonth(_ word: String) -> Int? {
        guard let match = word.wholeMatch(of: /([0-9]{1,2})(st|nd|rd|th)?/) else { return nil }
        let day = number(match.1)
        return (1...31).contains(day) ? day : nil
    }

    /// A year written in full: four digits.
    static func year(_ word: String) -> Int? {
        word.wholeMatch(of: /[0-9]{4}/).map { number($0.0) }
    }

    static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }

    static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy(isASCIIDigit)
    }

    /// The value of a run of ASCII digits a pattern already matched, so it cannot fail.
    static func number(_ digits: Substring) -> Int {
        digits.utf8.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

/// A unit a count of `3 days ago` or `in 2 hours` counts in.
enum DateUnit {
    case minute, hour, day, week, month, year

    init?(_ word: String) {
        switch word {
        case "minute", "minutes", "min", "mins": self = .minute
        case "hour", "hours", "hr", "hrs": self = .hour
        case "day", "days": self = .day
        case "week", "weeks": self = .week
        case "month", "months": self = .month
        case "year", "years": self = .year
        default: return nil
        }
    }

    /// Minutes and hours are time that passed: `3 hours ago` is a moment. The others count
    /// days of the calendar: `3 days ago` and `2 months ago` name a day.
    var namesADay: Bool { self != .minute && self != .hour }

    /// The length of a minute or an hour, in seconds.
    var seconds: Int { self == .minute ? 60 : 3600 }
}
