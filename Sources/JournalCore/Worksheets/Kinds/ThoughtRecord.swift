/// The seven-column thought record of Greenberger and Padesky (Mind Over Mood, 2nd ed.,
/// Guilford 2016): a situation, the moods it brought, the automatic thoughts with the "hot"
/// one marked, the evidence for and against that thought, a balanced thought, and the moods
/// rated again. Moods and beliefs are rated 0–100, as there.
///
/// The belief in the hot thought is rated again at the end too, as the outcome column of Beck's
/// Daily Record of Dysfunctional Thoughts does (Beck, Rush, Shaw & Emery, Cognitive Therapy of
/// Depression, 1979), so that the digest can show how far it moved.
public enum ThoughtRecord {
    static let about = """
        A thought record (Greenberger & Padesky, Mind Over Mood): what happened, what you felt \
        and thought, the evidence for and against the thought that upset you most, and a \
        balanced view of it. Moods and beliefs are rated from 0 to 100.
        """

    static let percent = FieldType.RangeLabels(lowest: "not at all", highest: "completely")

    public static let when = WorksheetField(
        "when", "When", .when, required: false,
        help: "When it happened, like yesterday 21:30. Empty: now, or the date given with --date.")
    public static let situation = WorksheetField(
        "situation", "Situation", .text, required: true,
        help: "What happened: who you were with, what you were doing, when and where.")
    public static let moods = WorksheetField(
        "moods", "Moods", .ratings(0...100), required: true,
        help: "What you felt, one mood a line, each with how strong it was from 0 to 100, like: anxious 80")
    public static let automaticThoughts = WorksheetField(
        "automaticThoughts", "Automatic thoughts", .thoughts, required: true,
        help: """
            What went through your mind just before you felt this way, one thought a line. Mark \
            the hot thought, the one that carries the most feeling, with a * before it, like: \
            * They think I am useless
            """)
    public static let hotThoughtBelief = WorksheetField(
        "hotThoughtBelief", "Belief in the hot thought", .number(0...100, labels: percent), required: true,
        help: "How much you believed the hot thought then, from 0 (not at all) to 100 (completely).")
    public static let evidenceFor = WorksheetField(
        "evidenceFor", "Evidence that supports the hot thought", .text, required: false,
        help: "The facts that support the hot thought.")
    public static let evidenceAgainst = WorksheetField(
        "evidenceAgainst", "Evidence that does not support the hot thought", .text, required: false,
        help: "The facts that do not support it: what you would tell a friend, what happened other times.")
    public static let balancedThought = WorksheetField(
        "balancedThought", "Balanced thought", .text, required: false,
        help: "An alternative or balanced thought that takes in the evidence on both sides.")
    public static let balancedThoughtBelief = WorksheetField(
        "balancedThoughtBelief", "Belief in the balanced thought", .number(0...100, labels: percent), required: false,
        help: "How much you believe the balanced thought, from 0 (not at all) to 100 (completely).")
    public static let moodsNow = WorksheetField(
        "moodsNow", "Moods now", .ratings(0...100), required: false,
        help: "The moods above rated again, and any new ones, one a line from 0 to 100, like: anxious 40")
    public static let hotThoughtBeliefNow = WorksheetField(
        "hotThoughtBeliefNow", "Belief in the hot thought now", .number(0...100, labels: percent), required: false,
        help: "How much you believe the hot thought now, from 0 (not at all) to 100 (completely).")

    static let fields = [
        when, situation, moods, automaticThoughts, hotThoughtBelief, evidenceFor, evidenceAgainst, balancedThought,
        balancedThoughtBelief, moodsNow, hotThoughtBeliefNow,
    ]

    /// One thought is the hot one; a belief in the balanced thought needs the thought.
    static func checkTogether(_ values: WorksheetValues) throws(WorksheetError) {
        let hotCount = values.thoughts(automaticThoughts).filter(\.isHot).count
        guard hotCount == 1 else { throw .hotThought(.thoughtRecord, automaticThoughts, marked: hotCount) }
        if values.number(balancedThoughtBelief) != nil, values.text(balancedThought) == nil {
            throw .needs(.thoughtRecord, balancedThoughtBelief, balancedThought)
        }
    }

    /// How the record moved the writer: the belief in the hot thought and each mood, before →
    /// after.
    public struct Changes: Equatable, Sendable {
        public var hotThought: String?
        /// `Belief in the hot thought`, 0–100.
        public var beliefBefore: Int?
        /// `Belief in the hot thought now`, 0–100; nil when not rated again.
        public var beliefAfter: Int?
        /// The moods of the situation in their order, then those only rated at the end.
        public var moods: [MoodChange]

        /// After minus before, in points of 0–100; nil unless both were rated.
        public var beliefChange: Int? {
            guard let beliefBefore, let beliefAfter else { return nil }
            return beliefAfter - beliefBefore
        }
    }

    /// A mood before and after the record; a mood named at one end only has nil at the other.
    public struct MoodChange: Equatable, Sendable {
        public var name: String
        public var before: Int?
        public var after: Int?
    }

    /// The changes of one thought record. Moods are matched by name, whatever their case.
    public static func changes(of values: WorksheetValues) -> Changes {
        var changes: [MoodChange] = values.ratings(moods).map { MoodChange(name: $0.name, before: $0.value, after: nil) }
        for rating in values.ratings(moodsNow) {
            if let index = changes.firstIndex(where: { $0.name.lowercased() == rating.name.lowercased() && $0.after == nil }) {
                changes[index].after = rating.value
            } else {
                changes.append(MoodChange(name: rating.name, before: nil, after: rating.value))
            }
        }
        return Changes(
            hotThought: values.thoughts(automaticThoughts).first(where: \.isHot)?.text,
            beliefBefore: values.number(hotThoughtBelief), beliefAfter: values.number(hotThoughtBeliefNow), moods: changes)
    }
}
