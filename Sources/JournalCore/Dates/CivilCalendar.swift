/// Day arithmetic of the proleptic Gregorian calendar, on day numbers (days since 1970-01-01,
/// consecutive days having consecutive numbers): the one place the journal counts days.
///
/// Plain arithmetic rather than Foundation's `Calendar`: creating one costs more than a whole
/// digest, and it quietly rolls an impossible date such as 2026-02-30 over to March.
enum CivilCalendar {
    /// Days from 0000-03-01 to 1970-01-01: counting from a 1 March makes a leap day the last
    /// day of its year.
    private static let daysBefore1970 = 719_468
    /// Days in an era of 400 years, after which the calendar repeats exactly.
    private static let daysPerEra = 146_097

    /// The day number of a date; the date must be real (see `isReal`).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = marchYear.floorDivided(by: 400)
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * daysPerEra + dayOfEra - daysBefore1970
    }

    /// Year, month (1–12) and day of the month of a day number.
    static func date(ofDay number: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = number + daysBefore1970
        let era = shifted.floorDivided(by: daysPerEra)
        let dayOfEra = shifted - era * daysPerEra
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153  // 0 is March
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 is Monday, 7 is Sunday (ISO 8601).
    static func weekday(ofDay number: Int) -> Int {
        // 1970-01-01 was a Thursday.
        (number + 3).floorModulo(7) + 1
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether the parts name a real date of the years 1 to 9999, which an ISO 8601 date spells.
    static func isReal(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
