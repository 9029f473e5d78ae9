import Foundation

/// A standard questionnaire of the PHQ family, asked and scored exactly as published.
///
/// The item texts are those of the English forms distributed by Pfizer (phqscreeners.com):
/// developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with
/// an educational grant from Pfizer Inc.; no permission required to reproduce, translate,
/// display or distribute. A score only means what it was validated to mean with these words,
/// so they are kept to the letter, dashes and question mark included.
public enum Instrument: String, CaseIterable, Sendable {
    /// The Patient Health Questionnaire's nine items on depression.
    case phq9
    /// The seven items on generalised anxiety.
    case gad7

    /// `PHQ-9`
    public var name: String {
        switch self {
        case .phq9: "PHQ-9"
        case .gad7: "GAD-7"
        }
    }

    /// The question every item answers.
    public var stem: String {
        switch self {
        case .phq9: "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
        case .gad7: "Over the last 2 weeks, how often have you been bothered by the following problems?"
        }
    }

    public var items: [String] {
        switch self {
        case .phq9:
            [
                "Little interest or pleasure in doing things",
                "Feeling down, depressed, or hopeless",
                "Trouble falling or staying asleep, or sleeping too much",
                "Feeling tired or having little energy",
                "Poor appetite or overeating",
                "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
                "Trouble concentrating on things, such as reading the newspaper or watching television",
                "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
                    + "fidgety or restless that you have been moving around a lot more than usual",
                "Thoughts that you would be better off dead or of hurting yourself in some way",
            ]
        case .gad7:
            [
                "Feeling nervous, anxious or on edge",
                "Not being able to stop or control worrying",
                "Worrying too much about different things",
                "Trouble relaxing",
                "Being so restless that it is hard to sit still",
                "Becoming easily annoyed or irritable",
                "Feeling afraid as if something awful might happen",
            ]
        }
    }

    /// The credit the instruments' authors ask for, to go wherever they are reproduced.
    public static let attribution = """
        The PHQ-9 and GAD-7 were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke \
        and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, \
        translate, display or distribute.
        """

    /// The answers every item offers, by their score: 0 is "Not at all".
    public static let answers = ["Not at all", "Several days", "More than half the days", "Nearly every day"]

    /// The scores an answer can have.
    public static let answerRange = 0...3

    /// The highest total: every item answered "Nearly every day".
    public var maximumTotal: Int { items.count * Self.answerRange.upperBound }

    /// The severity band of a total, with the published cut points.
    public func band(forTotal total: Int) -> SeverityBand {
        switch (self, total) {
        case (_, ..<5): .minimal
        case (_, 5..<10): .mild
        case (_, 10..<15): .moderate
        case (.phq9, 15..<20): .moderatelySevere
        default: .severe
        }
    }

    /// The position (from 0) of PHQ-9's last item, thoughts that one would be better off dead
    /// or of hurting oneself: any answer above "Not at all" is for the writer to raise with
    /// their therapist, and brings up their plan.
    static let phq9SelfHarmItem = 8

    /// Answers as typed after `--answers`: one score per item, in order, separated by commas.
    ///
    /// The errors name the position of a wrong answer, never its value: answers are the
    /// writer's own, and error messages end up in scroll-back.
    public func parseAnswers(_ text: String) throws(CheckInError) -> [Int] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let fields = trimmed.isEmpty ? [] : trimmed.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == items.count else { throw .wrongAnswerCount(self, given: fields.count) }
        return try fields.enumerated().map { (index, field) throws(CheckInError) in
            guard let answer = Int(field.trimmingCharacters(in: .whitespaces)) else {
                throw .answerNotANumber(self, position: index + 1)
            }
            guard Self.answerRange.contains(answer) else { throw .answerOutOfRange(self, position: index + 1) }
            return answer
        }
    }
}

/// How severe a total is, in the instruments' published bands.
public enum SeverityBand: String, CaseIterable, Sendable {
    case minimal
    case mild
    case moderate
    /// PHQ-9 only: 15 to 19.
    case moderatelySevere = "moderately severe"
    case severe
}
