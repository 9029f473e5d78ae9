/// One activity of a behavioural activation log (Martell, Dimidjian & Herman-Dunn, Behavioral
/// Activation for Depression, Guilford 2010): what the writer did and when, with mastery and
/// pleasure rated 0–10 as in Beck, Rush, Shaw & Emery (Cognitive Therapy of Depression, 1979),
/// the mood before and after, and whether it had been planned.
public enum ActivityLog {
    static let about = """
        An activity log (behavioural activation): what you did, how much of an achievement \
        (mastery) and how enjoyable (pleasure) it was, from 0 to 10, your mood before and after, \
        and whether you had planned it.
        """

    static let moodEnds = FieldType.RangeLabels(lowest: "the worst", highest: "the best")

    public static let when = WorksheetField(
        "when", "When", .when, required: false,
        help: "When you did it, like today 15:00. Empty: now, or the date given with --date.")
    public static let activity = WorksheetField(
        "activity", "What I did", .text, required: true,
        help: "The activity, in a few words, like: walked to the park with Sam")
    public static let mastery = WorksheetField(
        "mastery", "Mastery", .number(0...10, labels: .init(lowest: "none", highest: "a great deal")), required: true,
        help: "How much of an achievement it was, given how you felt, from 0 (none) to 10 (a great deal).")
    public static let pleasure = WorksheetField(
        "pleasure", "Pleasure", .number(0...10, labels: .init(lowest: "none", highest: "a great deal")), required: true,
        help: "How much you enjoyed it, from 0 (none) to 10 (a great deal).")
    public static let moodBefore = WorksheetField(
        "moodBefore", "Mood before", .number(0...10, labels: moodEnds), required: false,
        help: "Your mood just before, from 0 (the worst) to 10 (the best).")
    public static let moodAfter = WorksheetField(
        "moodAfter", "Mood after", .number(0...10, labels: moodEnds), required: false,
        help: "Your mood just after, from 0 (the worst) to 10 (the best).")
    public static let planned = WorksheetField(
        "planned", "Planned beforehand", .yesNo, required: true,
        help: "Whether you had planned it beforehand: yes or no.")

    static let fields = [when, activity, mastery, pleasure, moodBefore, moodAfter, planned]

    /// How many activities of a period the digest names as the most enjoyed.
    static let mostPleasureCount = 3

    /// The activities of a period, reviewed as behavioural activation reviews them: how
    /// rewarding they were on average, which were the most enjoyed, whether the mood rose, and
    /// how the planned compared with the others.
    public struct Summary: Equatable, Sendable {
        public var count: Int
        /// Of mastery, 0–10.
        public var averageMastery: Double
        /// Of pleasure, 0–10.
        public var averagePleasure: Double
        /// The mean of mood after minus mood before, in points of 0–10, over the activities
        /// with both; nil when none has.
        public var averageMoodChange: Double?
        /// How many activities have a mood before and after.
        public var moodRatedCount: Int
        /// The most enjoyed, highest pleasure first (the earlier on a tie), at most three.
        public var mostPleasure: [Worksheet]
        public var plannedCount: Int
        /// Average pleasure of the planned activities, and of the others; nil when there are none.
        public var plannedAveragePleasure: Double?
        public var unplannedAveragePleasure: Double?
    }

    /// The summary of `activities`, oldest first; nil when there are none.
    public static func summary(of activities: [Worksheet]) -> Summary? {
        guard !activities.isEmpty else { return nil }
        let values = activities.map(\.values)
        let moodChanges = values.compactMap { value -> Double? in
            guard let before = value.number(moodBefore), let after = value.number(moodAfter) else { return nil }
            return Double(after - before)
        }
        let planned = values.filter { $0.yesNo(Self.planned) == true }
        let unplanned = values.filter { $0.yesNo(Self.planned) != true }
        let ranked = activities.enumerated().sorted { first, second in
            let (a, b) = (first.element.values.number(pleasure) ?? 0, second.element.values.number(pleasure) ?? 0)
            return a != b ? a > b : first.offset < second.offset
        }
        return Summary(
            count: activities.count,
            averageMastery: mean(values.map { Double($0.number(mastery) ?? 0) })!,
            averagePleasure: mean(values.map { Double($0.number(pleasure) ?? 0) })!,
            averageMoodChange: mean(moodChanges), moodRatedCount: moodChanges.count,
            mostPleasure: ranked.prefix(mostPleasureCount).map(\.element),
            plannedCount: planned.count,
            plannedAveragePleasure: mean(planned.map { Double($0.number(pleasure) ?? 0) }),
            unplannedAveragePleasure: mean(unplanned.map { Double($0.number(pleasure) ?? 0) }))
    }
}

/// The arithmetic mean; nil for no values.
func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
