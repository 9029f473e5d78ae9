/// One exposure of an exposure log: the situation faced, distress in subjective units (SUDS,
/// 0–100; Wolpe, The Practice of Behavior Therapy, 1969) predicted beforehand, at its peak and
/// at the end, how long, the safety behaviours left out and what was learned. Predicted against
/// actual distress is the expectancy an exposure tests (Craske et al., "Maximizing exposure
/// therapy: an inhibitory learning approach", Behaviour Research and Therapy 58:10–23, 2014).
public enum ExposureLog {
    static let about = """
        An exposure log: the situation you faced, your distress from 0 (none) to 100 (the worst \
        you can imagine) as you predicted it, at its peak and at the end, how long you stayed, \
        the safety behaviours you dropped and what you learned.
        """

    static let suds = FieldType.RangeLabels(lowest: "none", highest: "the worst you can imagine")

    public static let when = WorksheetField(
        "when", "When", .when, required: false,
        help: "When you did it, like today 15:00. Empty: now, or the date given with --date.")
    public static let situation = WorksheetField(
        "situation", "Situation faced", .text, required: true,
        help: "What you faced, in a few words; the same words each time you repeat it, like: riding the bus two stops")
    public static let predictedDistress = WorksheetField(
        "predictedDistress", "Distress predicted", .number(0...100, labels: suds), required: true,
        help: "How much distress you expected beforehand, from 0 (none) to 100 (the worst you can imagine).")
    public static let peakDistress = WorksheetField(
        "peakDistress", "Peak distress", .number(0...100, labels: suds), required: true,
        help: "Your highest distress during it, from 0 to 100.")
    public static let endDistress = WorksheetField(
        "endDistress", "Distress at the end", .number(0...100, labels: suds), required: true,
        help: "Your distress when you stopped, from 0 to 100.")
    public static let minutes = WorksheetField(
        "minutes", "Minutes", .number(0...1440, labels: nil), required: true,
        help: "How long you stayed in the situation, in minutes.")
    public static let safetyBehavioursDropped = WorksheetField(
        "safetyBehavioursDropped", "Safety behaviours dropped", .text, required: false,
        help: "What you did without this time that usually makes you feel safer, like: did not hold the rail")
    public static let learned = WorksheetField(
        "learned", "What I learned", .text, required: false,
        help: "What happened compared with what you expected, and what that tells you.")

    static let fields = [
        when, situation, predictedDistress, peakDistress, endDistress, minutes, safetyBehavioursDropped, learned,
    ]

    /// The exposures to one situation, oldest first: how distress came down over the repeats.
    public struct Series: Equatable, Sendable {
        /// As first written.
        public var situation: String
        public var attempts: [Attempt]
    }

    /// One exposure's figures, 0–100 each, and its minutes.
    public struct Attempt: Equatable, Sendable {
        public var worksheet: Worksheet
        public var predicted: Int
        public var peak: Int
        public var end: Int
        public var minutes: Int
    }

    /// The exposures grouped by situation, in the order each situation was first faced. Two
    /// situations are the same when their words are, whatever the case, the spaces and a
    /// final full stop.
    public static func series(of exposures: [Worksheet]) -> [Series] {
        var series: [Series] = []
        var indexByKey: [String: Int] = [:]
        for worksheet in exposures where worksheet.kind == .exposure {
            let values = worksheet.values
            guard let text = values.text(situation), let predicted = values.number(predictedDistress),
                let peak = values.number(peakDistress), let end = values.number(endDistress),
                let minutes = values.number(minutes)
            else { continue }
            let attempt = Attempt(worksheet: worksheet, predicted: predicted, peak: peak, end: end, minutes: minutes)
            let key = sameness(of: text)
            if let index = indexByKey[key] {
                series[index].attempts.append(attempt)
            } else {
                indexByKey[key] = series.count
                series.append(Series(situation: text, attempts: [attempt]))
            }
        }
        return series
    }

    private static func sameness(of situation: String) -> String {
        var words = situation.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }
}
