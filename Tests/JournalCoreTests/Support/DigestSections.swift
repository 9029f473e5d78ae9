@testable import JournalCore

/// What each section of a digest holds, by name, for the tests to look at.
extension Digest {
    var topics: [Topic] { sections.lazy.compactMap { if case .topics(let value) = $0 { value } else { nil } }.first! }
    var flagged: [Entry] { sections.lazy.compactMap { if case .flagged(let value) = $0 { value } else { nil } }.first! }
    var mood: MoodSummary { sections.lazy.compactMap { if case .mood(let value) = $0 { value } else { nil } }.first! }
    var checkIns: [CheckInSummary] { checkInsOfPeriod.latest }
    var selfHarmCheckIns: [CheckIn] { checkInsOfPeriod.reportingSelfHarm }
    var feelings: [LabelCount] { labels.feelings }
    var tags: [LabelCount] { labels.tags }
    var hardestMoments: [Entry] {
        sections.lazy.compactMap { if case .hardestMoments(let value, _) = $0 { value } else { nil } }.first!
    }
    /// The hardest moments already shown in full under flagged.
    var hardestShownAbove: Set<Int64> {
        sections.lazy.compactMap { if case .hardestMoments(_, let value) = $0 { value } else { nil } }.first!
    }
    var otherEntries: [Entry] {
        sections.lazy.compactMap { if case .otherEntries(let value) = $0 { value } else { nil } }.first!
    }

    private var checkInsOfPeriod: CheckInsOfPeriod {
        sections.lazy.compactMap { if case .checkIns(let value) = $0 { value } else { nil } }.first!
    }

    private var labels: (feelings: [LabelCount], tags: [LabelCount]) {
        sections.lazy.compactMap { if case .feelingsAndTags(let feelings, let tags) = $0 { (feelings, tags) } else { nil } }
            .first!
    }
}
