/// The DBT diary card (Linehan, DBT Skills Training Manual, 2nd ed., Guilford 2015; Cognitive-
/// Behavioral Treatment of Borderline Personality Disorder, Guilford 1993), one a day: emotions
/// and urges rated 0 (none) to 5 (the strongest) at their strongest that day, whether each urge
/// was acted on, the writer's own targets, and the skills used.
public enum DiaryCard {
    static let about = """
        A DBT diary card, one a day: how strong each emotion and urge was at its strongest, \
        from 0 (none) to 5 (the strongest), whether you acted on an urge, and the skills you used.
        """

    static let strength = FieldType.RangeLabels(lowest: "none", highest: "the strongest")

    public static let day = WorksheetField(
        "day", "Day", .day(empty: .today), required: false,
        help: "The day this card is for, like today or 2026-11-20. Empty: today, or the day given with --date.")

    static func emotion(_ key: String, _ title: String, _ word: String) -> WorksheetField {
        WorksheetField(
            key, title, .number(0...5, labels: strength), required: true,
            help: "How strong your \(word) was at its strongest, from 0 (none) to 5 (the strongest).")
    }

    public static let sadness = emotion("sadness", "Sadness", "sadness")
    public static let anger = emotion("anger", "Anger", "anger")
    public static let fear = emotion("fear", "Fear", "fear")
    public static let shame = emotion("shame", "Shame", "shame")
    public static let joy = emotion("joy", "Joy", "joy")
    public static let otherEmotions = WorksheetField(
        "otherEmotions", "Other emotions", .ratings(0...5), required: false,
        help: "Your own, one a line with how strong it was from 0 to 5, like: guilt 3")
    public static let selfHarmUrge = WorksheetField(
        "selfHarmUrge", "Urge to self-harm", .urge(0...5), required: true,
        help: "How strong the urge to harm yourself was, from 0 (none) to 5 (the strongest); add acted if you acted on it, like: 2 acted")
    public static let suicideUrge = WorksheetField(
        "suicideUrge", "Suicidal urges", .urge(0...5), required: true,
        help: "How strong thoughts or urges to end your life were, from 0 (none) to 5 (the strongest); add acted if you acted on them.")
    public static let substanceUrge = WorksheetField(
        "substanceUrge", "Urge to use substances", .urge(0...5), required: true,
        help: "Alcohol, drugs, or medicine beyond what was prescribed, from 0 (none) to 5 (the strongest); add acted if you used.")
    public static let otherUrges = WorksheetField(
        "otherUrges", "Other urges", .namedUrges(0...5), required: false,
        help: "The targets you agreed with your therapist, one a line: a name, 0 to 5, and acted if you acted on it, like: binge eating 2 acted")
    public static let skills = WorksheetField(
        "skills", "Skills used", .words, required: false,
        help: "The skills you used, separated by commas, like: wise mind, TIP, opposite action")
    public static let notes = WorksheetField(
        "notes", "Notes", .text, required: false,
        help: "Anything else about the day.")

    /// The five emotions every card rates, in the card's order.
    public static let emotions = [sadness, anger, fear, shame, joy]
    /// The three urges every card rates, in the card's order.
    public static let urges = [selfHarmUrge, suicideUrge, substanceUrge]

    static let fields = [day] + emotions + [otherEmotions] + urges + [otherUrges, skills, notes]

    /// A suicidal urge above 0, or an urge to self-harm acted on: the moments the writer's plan
    /// is for, which the digest raises first, as it does the PHQ-9's ninth item.
    public static func callsForThePlan(_ values: WorksheetValues) -> Bool {
        (values.urge(suicideUrge)?.strength ?? 0) > 0 || values.urge(selfHarmUrge)?.wasActedOn == true
    }

    /// The days of a period's grid, oldest first: from the first card's day to the period's last
    /// day, each with its card (the later, if a day has two) or none.
    public struct Grid: Equatable, Sendable {
        public var days: [GridDay]
    }

    public struct GridDay: Equatable, Sendable {
        public var day: Day
        public var card: Worksheet?
    }

    /// The grid of `cards` (oldest first) up to `lastDay`; nil without cards.
    public static func grid(of cards: [Worksheet], through lastDay: Day) -> Grid? {
        var byDay: [Day: Worksheet] = [:]
        for card in cards { if let day = card.values.day(day) { byDay[day] = card } }
        guard let first = byDay.keys.min() else { return nil }
        let last = max(lastDay, byDay.keys.max()!)
        return Grid(days: (first.number...last.number).map { number in
            let day = Day(number: number)
            return GridDay(day: day, card: byDay[day])
        })
    }
}
