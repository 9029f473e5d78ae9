import Foundation

/// One filled-in questionnaire: each item's answer, the total and its severity band.
public struct CheckIn: Identifiable, Equatable, Sendable {
    public var id: Int64
    public var instrument: Instrument
    /// When the writer answered, on their clock.
    public var moment: Moment
    /// One score from 0 to 3 per item, in the instrument's order.
    public var answers: [Int]
    public var total: Int
    public var band: SeverityBand

    public init(
        id: Int64, instrument: Instrument, moment: Moment, answers: [Int], total: Int, band: SeverityBand
    ) {
        self.id = id
        self.instrument = instrument
        self.moment = moment
        self.answers = answers
        self.total = total
        self.band = band
    }

    public var date: Date { moment.date }

    public var localTime: LocalTime { moment.localTime }

    /// PHQ-9's last item, thoughts that one would be better off dead or of hurting oneself,
    /// was answered above "Not at all".
    public var reportsThoughtsOfSelfHarm: Bool {
        instrument == .phq9 && answers.indices.contains(Instrument.phq9SelfHarmItem)
            && answers[Instrument.phq9SelfHarmItem] > 0
    }
}

/// A check-in as the writer gave it; scored by `scored(now:)` before it is stored.
public struct NewCheckIn: Sendable {
    public var instrument: Instrument
    public var answers: [Int]
    public var moment: Moment

    public init(instrument: Instrument, answers: [Int], moment: Moment) {
        self.instrument = instrument
        self.answers = answers
        self.moment = moment
    }

    /// The total and band of these answers, once they are known to be complete and in range.
    public func scored(now: Date) throws(CheckInError) -> (total: Int, band: SeverityBand) {
        try Self.validateDate(moment.date, now: now)
        guard answers.count == instrument.items.count else {
            throw .wrongAnswerCount(instrument, given: answers.count)
        }
        if let wrong = answers.firstIndex(where: { !Instrument.answerRange.contains($0) }) {
            throw .answerOutOfRange(instrument, position: wrong + 1)
        }
        let total = answers.reduce(0, +)
        return (total, instrument.band(forTotal: total))
    }

    /// Refuses a date ahead of now: a check-in is about the weeks that have passed. For the
    /// command to call before it asks the first item, not after the last.
    public static func validateDate(_ date: Date, now: Date) throws(CheckInError) {
        guard date.timeIntervalSince(now) <= futureTolerance else { throw .dateInFuture }
    }
}

/// A check-in with how its total moved since the check-in of the same instrument before it.
public struct CheckInTrend: Equatable, Sendable {
    public var checkIn: CheckIn
    /// The check-in of the same instrument just before this one, wherever it lies.
    public var previous: CheckIn?

    /// This total minus the previous one; nil for an instrument's first check-in.
    public var change: Int? { previous.map { checkIn.total - $0.total } }
}

/// Why a check-in cannot be stored.
///
/// None of the messages quotes an answer: the position of a wrong one is enough to fix it.
public enum CheckInError: JournalFailure, Equatable {
    case wrongAnswerCount(Instrument, given: Int)
    case answerNotANumber(Instrument, position: Int)
    case answerOutOfRange(Instrument, position: Int)
    case dateInFuture
    /// Input ended before every item was answered.
    case interrupted(Instrument)
    /// Neither `--answers` nor a terminal to ask on.
    case noAnswers(Instrument)
    case notFound(Int64)

    public var problem: String {
        switch self {
        case .wrongAnswerCount(let instrument, let given):
            "the \(instrument.name) has \(instrument.items.count) items, but "
                + (given == 0 ? "no answers were given" : given == 1 ? "1 answer was given" : "\(given) answers were given")
                + ", so nothing was stored"
        case .answerNotANumber(_, let position):
            "answer \(position) is not a number, so nothing was stored"
        case .answerOutOfRange(_, let position):
            "answer \(position) is out of range: each answer is 0, 1, 2 or 3, so nothing was stored"
        case .dateInFuture:
            "that date is in the future, and a check-in is about the time that has passed"
        case .interrupted(let instrument):
            "the \(instrument.name) check-in ended before every item was answered, so nothing was stored"
        case .noAnswers(let instrument):
            "there is no terminal to ask the \(instrument.name) items on, so nothing was stored"
        case .notFound(let id):
            "there is no check-in \(id)"
        }
    }

    public var advice: String {
        switch self {
        case .wrongAnswerCount(let instrument, _), .answerNotANumber(let instrument, _),
            .answerOutOfRange(let instrument, _), .noAnswers(let instrument):
            "give one answer per item, in order, each 0 (Not at all), 1 (Several days), "
                + "2 (More than half the days) or 3 (Nearly every day): "
                + "journal check-in \(instrument.rawValue) --answers \(Self.example(for: instrument))"
        case .dateInFuture:
            "give a time that has passed, like --date \"yesterday 9pm\""
        case .interrupted(let instrument):
            "start again when you are ready: journal check-in \(instrument.rawValue)"
        case .notFound:
            "journal check-in list shows the check-ins and their ids"
        }
    }

    /// `0,1,2,3,0,1,2,3,0`: as many answers as the instrument has items.
    private static func example(for instrument: Instrument) -> String {
        instrument.items.indices.map { String($0 % 4) }.joined(separator: ",")
    }
}
