/// A calendar day as typed: its month and day, and its year when one was given.
struct TypedDay: Equatable {
    var year: Int?
    /// As typed; a month out of 1–12 is refused when the day is resolved.
    var month: Int
    var day: Int
}

/// The days written in digits, in one word: `2026-11-03`, `2026/11/03`, `3/11/2026`,
/// `11/3/2026`, `13/11`, `3.11.2026`.
enum NumericDate {
    /// What one word in digits says.
    struct Reading: Equatable {
        /// One reading, or, for `3/11/2026`, the day-first reading and then the month-first
        /// one, which the parser tells apart by which are real.
        var days: [TypedDay]
        /// The time of `2026-11-20T14:30`, which names the day and the time in one word.
        var clockTime: TypedTime?
    }

    /// Nil when `word` is not a date in digits; throws for a time after `T` that is not one,
    /// and for a year of two digits.
    static func parse(_ word: String, input: String) throws(DateExpressionError) -> Reading? {
        let number = DateVocabulary.number
        if let match = word.wholeMatch(of: /([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:t(.+))?/) {
            var reading = Reading(days: [TypedDay(year: number(match.1), month: number(match.2), day: number(match.3))])
            if let clockWord = match.4 {
                guard let clockTime = try TypedTime.twentyFourHour(clockWord, input: input) else {
                    throw .unrecognised(input)
                }
                reading.clockTime = clockTime
            }
            return reading
        }
        if let match = word.wholeMatch(of: /([0-9]{4})\/([0-9]{1,2})\/([0-9]{1,2})/) {
            return Reading(days: [TypedDay(year: number(match.1), month: number(match.2), day: number(match.3))])
        }
        // Dots are written day first wherever they are used for dates (3.11.2026 in Germany).
        if let match = word.wholeMatch(of: /([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})/) {
            return Reading(days: [TypedDay(year: number(match.3), month: number(match.2), day: number(match.1))])
        }
        if word.wholeMatch(of: /[0-9]{1,2}[\/.][0-9]{1,2}[\/.][0-9]{2}/) != nil {
            throw .twoDigitYear(input)
        }
        guard let match = word.wholeMatch(of: /([0-9]{1,2})\/([0-9]{1,2})(?:\/([0-9]{4}))?/) else { return nil }
        let (first, second, year) = (number(match.1), number(match.2), match.3.map(number))
        let dayFirst = TypedDay(year: year, month: second, day: first)
        let monthFirst = TypedDay(year: year, month: first, day: second)
        return Reading(days: dayFirst == monthFirst ? [dayFirst] : [dayFirst, monthFirst])
    }
}
