/// What the help of every option that takes a date says it accepts: the same forms as the
/// README's list of dates, and the one rule for a day without a time.
enum DateHelp {
    /// The forms, for the help of an option that takes a moment or a day.
    static let forms = """
        A day: today, yesterday, monday (today on a Monday, else the last one), last friday, \
        3 days ago, 2 weeks ago, 1 month ago, Nov 3, 3 November 2025, November 3rd, 2026-11-03, \
        2026/11/03, 3.11.2026, 13/11/2026 or 11/13/2026 (3/11/2026 is refused: it could be \
        either). A time: 9pm, 9:30am, 21:30, noon, midnight, 2 hours ago; with a day: yesterday \
        9pm, 9pm yesterday, monday at 9am, Nov 3 21:30, 2026-11-03T14:30:00+01:00. A part of \
        the day: this morning (09:00), this afternoon (15:00), this evening (19:00), tonight \
        (22:00), last night (22:00 yesterday), yesterday evening, monday morning.
        """

    /// The one rule for a day or a part of one without a time.
    static let dayWithoutATime = """
        A day without a time means noon of that day, and a part of the day its hour; today, \
        before noon, means now, as does a part of the day that has begun before its hour.
        """

    /// How `--since` and `--until` read what they are given.
    static let ranges = """
        A day or a part of the day counts whole: --since yesterday from its start, --until \
        yesterday to its end. Weeks, months and years too: last week, this week, last month, \
        November, November 2025, last year.
        """
}
