import Foundation

/// The words every format of a worksheet shares: its heading, its brief, its figures.
enum WorksheetPhrases {
    /// `Fri 20 Nov 2026, 21:05 · thought record · flagged · private`
    static func heading(_ worksheet: Worksheet, kind showsKind: Bool = true) -> String {
        var parts = [worksheet.localTime.readableMoment]
        if showsKind { parts.append(worksheet.kind.name) }
        if worksheet.isFlagged { parts.append("flagged") }
        if worksheet.isPrivate { parts.append("private") }
        return parts.joined(separator: " · ")
    }

    /// The worksheet in a line or two, as `worksheet list` and the digest show it; each part
    /// is a line.
    static func brief(_ worksheet: Worksheet) -> [String] {
        let values = worksheet.values
        switch worksheet.kind {
        case .thoughtRecord:
            let changes = ThoughtRecord.changes(of: values)
            var lines = ["Situation: " + oneLine(values.text(ThoughtRecord.situation) ?? "")]
            if let hot = changes.hotThought {
                lines.append("Hot thought: \(oneLine(hot)) — belief \(beforeAfter(changes.beliefBefore, changes.beliefAfter))")
            }
            if !changes.moods.isEmpty { lines.append("Moods: " + moodChanges(changes.moods)) }
            if let balanced = values.text(ThoughtRecord.balancedThought) {
                let belief = values.number(ThoughtRecord.balancedThoughtBelief).map { " (belief \($0))" } ?? ""
                lines.append("Balanced thought: \(oneLine(balanced))\(belief)")
            }
            return lines
        case .activity:
            return [oneLine(values.text(ActivityLog.activity) ?? "") + " · " + activityFigures(values)]
        case .sleep:
            guard let night = SleepDiary.night(of: worksheet) else { return [] }
            return [
                "Night of \(night.night.readableDay): in bed \(night.intoBed.localTime.clockTime)–\(night.outOfBed.localTime.clockTime) "
                    + "(\(duration(night.timeInBed))), asleep \(duration(night.totalSleep)), efficiency \(percent(night.efficiency)), "
                    + "quality \(night.quality) of 5"
            ]
        case .exposure:
            let figures = [ExposureLog.predictedDistress, ExposureLog.peakDistress, ExposureLog.endDistress]
                .map { field in "\(shortName(field)) \(values.number(field).map(String.init) ?? "–")" }
            return [
                oneLine(values.text(ExposureLog.situation) ?? "") + " · " + figures.joined(separator: ", ")
                    + " · " + Wording.count(values.number(ExposureLog.minutes) ?? 0, "minute", "minutes")
            ]
        case .diaryCard:
            var lines = [
                (values.day(DiaryCard.day)?.readableDay ?? "") + ": "
                    + DiaryCard.emotions.map { "\($0.title.lowercased()) \(values.number($0).map(String.init) ?? "–")" }
                    .joined(separator: ", ")
            ]
            lines.append(
                DiaryCard.urges.map { "\(shortName($0)) \(values.urge($0).map(urge) ?? "–")" }.joined(separator: ", "))
            let own = ownItems(values)
            if !own.isEmpty { lines.append("Own: " + own.joined(separator: ", ")) }
            let skills = skills(values)
            if !skills.isEmpty { lines.append("Skills: " + skills) }
            return lines
        }
    }

    /// `mastery 4, pleasure 9 · mood 4 → 6 · planned`
    static func activityFigures(_ values: WorksheetValues) -> String {
        var parts = [
            "mastery \(values.number(ActivityLog.mastery) ?? 0), pleasure \(values.number(ActivityLog.pleasure) ?? 0)"
        ]
        if values.number(ActivityLog.moodBefore) != nil || values.number(ActivityLog.moodAfter) != nil {
            parts.append("mood " + beforeAfter(values.number(ActivityLog.moodBefore), values.number(ActivityLog.moodAfter)))
        }
        parts.append(values.yesNo(ActivityLog.planned) == true ? "planned" : "not planned")
        return parts.joined(separator: " · ")
    }

    /// The writer's own emotions and urges of a diary card: `guilt 3`, `binge eating 2 acted`.
    static func ownItems(_ values: WorksheetValues) -> [String] {
        values.ratings(DiaryCard.otherEmotions).map { "\(oneLine($0.name)) \($0.value)" }
            + values.namedUrges(DiaryCard.otherUrges).map { "\(oneLine($0.name)) \(urge($0.urge))" }
    }

    /// The short names of fields in tables and briefs.
    static func shortName(_ field: WorksheetField) -> String {
        switch field {
        case ExposureLog.predictedDistress: "predicted"
        case ExposureLog.peakDistress: "peak"
        case ExposureLog.endDistress: "end"
        case DiaryCard.selfHarmUrge: "self-harm"
        case DiaryCard.suicideUrge: "suicidal"
        case DiaryCard.substanceUrge: "substances"
        default: field.title.lowercased()
        }
    }

    /// A field's short name at the head of a table's column: `Self-harm`.
    static func columnName(_ field: WorksheetField) -> String {
        let name = shortName(field)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// `anxious 80 → 40, ashamed 60 → 30, relieved – → 50`
    static func moodChanges(_ moods: [ThoughtRecord.MoodChange]) -> String {
        moods.map { "\(oneLine($0.name)) \(beforeAfter($0.before, $0.after))" }.joined(separator: ", ")
    }

    /// `90 → 40`; `90` when not rated again; `– → 40` when only rated again.
    static func beforeAfter(_ before: Int?, _ after: Int?) -> String {
        switch (before, after) {
        case (let before?, let after?): "\(before) → \(after)"
        case (let before?, nil): "\(before)"
        case (nil, let after?): "– → \(after)"
        case (nil, nil): "–"
        }
    }

    /// `2`, `2 acted`
    static func urge(_ urge: Urge) -> String { WorksheetForm.urgeText(urge) }

    /// `7h 05m`
    static func duration(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let magnitude = abs(minutes)
        return "\(sign)\(magnitude / 60)h \(pad(magnitude % 60))m"
    }

    /// `91%`
    static func percent(_ value: Double) -> String { "\(Int(value.rounded()))%" }

    /// Writer text on one line, for lists and tables, isolated when it holds a right-to-left
    /// word (`BidiIsolation`), so that the figures and labels joined to it keep their places.
    /// Text and Markdown keep the isolates; HTML turns them into `<bdi>`
    /// (`DigestHTML.isolating(_:)`).
    static func oneLine(_ text: String) -> String {
        BidiIsolation.isolated(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// The skills of a diary card as written, each on one line: `wise mind, TIP`.
    static func skills(_ values: WorksheetValues) -> String {
        values.words(DiaryCard.skills).map(oneLine).joined(separator: ", ")
    }

    /// `Thought records (2)`, `Sleep diary (5 nights)`, `Diary cards (4 days)`.
    static func partTitle(_ kind: WorksheetKind, count: Int) -> String {
        switch kind {
        case .sleep: "Sleep diary (\(Wording.count(count, "night", "nights")))"
        case .diaryCard: "Diary cards (\(Wording.count(count, "card", "cards")))"
        default: "\(kind.pluralName.prefix(1).uppercased() + kind.pluralName.dropFirst()) (\(count))"
        }
    }

    /// The line at the top of the digest when a diary card of the period has a suicidal urge
    /// above 0 or an urge to self-harm acted on; nil when none has.
    static func urgeNotice(_ cards: [Worksheet]) -> String? {
        let cards = cards.filter(\.callsForThePlan)
        guard !cards.isEmpty else { return nil }
        let days = cards.map { card in
            let values = card.values
            var parts: [String] = []
            if let suicidal = values.urge(DiaryCard.suicideUrge), suicidal.strength > 0 {
                parts.append("suicidal urges \(suicidal.strength) of 5" + (suicidal.wasActedOn ? ", acted on" : ""))
            }
            if let selfHarm = values.urge(DiaryCard.selfHarmUrge), selfHarm.wasActedOn {
                parts.append("urge to self-harm \(selfHarm.strength) of 5, acted on")
            }
            return "\(values.day(DiaryCard.day)?.readableDay ?? card.localTime.readableDay) (\(parts.joined(separator: "; ")))"
        }
        return "To raise first: your diary \(cards.count == 1 ? "card" : "cards") of \(DigestPhrases.listed(days)) "
            + "\(cards.count == 1 ? "shows" : "show") suicidal urges or an urge to self-harm acted on."
    }

    /// `mastery 5.4, pleasure 6.2 on average (0–10)` and the lines after it.
    static func activitySummary(_ summary: ActivityLog.Summary) -> [String] {
        var lines = [
            "On average mastery \(DigestPhrases.oneDecimal(summary.averageMastery)), "
                + "pleasure \(DigestPhrases.oneDecimal(summary.averagePleasure)) (0–10)"
        ]
        if let change = summary.averageMoodChange {
            let direction = abs(change) < 0.05 ? "about the same" : change > 0 ? "up \(DigestPhrases.oneDecimal(change))" : "down \(DigestPhrases.oneDecimal(-change))"
            lines.append("Mood after against before: \(direction) on average (\(summary.moodRatedCount) rated both)")
        }
        lines.append(
            "Most pleasure: "
                + summary.mostPleasure.map { "\(oneLine($0.values.text(ActivityLog.activity) ?? "")) (\($0.values.number(ActivityLog.pleasure) ?? 0))" }
                .joined(separator: ", "))
        var planned = "Planned beforehand: \(summary.plannedCount) of \(summary.count)"
        if let plannedPleasure = summary.plannedAveragePleasure, let otherPleasure = summary.unplannedAveragePleasure {
            planned += ", pleasure \(DigestPhrases.oneDecimal(plannedPleasure)) on average against \(DigestPhrases.oneDecimal(otherPleasure)) for the others"
        }
        lines.append(planned)
        return lines
    }

    /// `peak 80 → 65 → 50; end 60 → 40 → 25`
    static func exposureSeries(_ series: ExposureLog.Series) -> String {
        "peak " + series.attempts.map { String($0.peak) }.joined(separator: " → ") + "; end "
            + series.attempts.map { String($0.end) }.joined(separator: " → ")
    }

    /// The averages of nights as a table's row shows them: `8h 05m`, `6h 40m`, `82%`, `3.4`.
    static func sleepAverages(_ averages: SleepDiary.Averages) -> (timeInBed: String, totalSleep: String, efficiency: String, quality: String) {
        (
            duration(Int(averages.timeInBed.rounded())), duration(Int(averages.totalSleep.rounded())),
            percent(averages.efficiency), DigestPhrases.oneDecimal(averages.quality)
        )
    }
}
