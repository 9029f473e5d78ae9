/// The Worksheets section of the Markdown digest: a heading per kind, lists, and tables for the
/// sleep nights and the diary cards. Every line and cell goes through `MarkdownText.inline`, so
/// that what the writer typed stays text.
enum WorksheetDigestMarkdown {
    private typealias Phrases = WorksheetPhrases

    static func blocks(_ section: WorksheetsOfPeriod) -> [String] {
        ["## Worksheets"] + section.kinds.flatMap { kind in
            let count = section.worksheets.filter { $0.kind == kind }.count
            return ["### \(Phrases.partTitle(kind, count: count))"] + part(kind, section)
        }
    }

    private static func part(_ kind: WorksheetKind, _ section: WorksheetsOfPeriod) -> [String] {
        switch kind {
        case .thoughtRecord:
            return section.thoughtRecords.map { record in
                "**\(Phrases.heading(record, kind: false))**\n\n" + bullets(Phrases.brief(record))
            }
        case .activity:
            var blocks = section.activitySummary.map { [bullets(Phrases.activitySummary($0))] } ?? []
            blocks.append(
                bullets(section.activities.map { activity in
                    "\(activity.localTime.calendarDay.shortDay) \(activity.localTime.clockTime): "
                        + Phrases.oneLine(activity.values.text(ActivityLog.activity) ?? "") + " · "
                        + Phrases.activityFigures(activity.values)
                }))
            return blocks
        case .sleep:
            guard let sleep = section.sleep else { return [] }
            var rows = sleep.nights.map { night in
                [
                    night.night.shortDay, night.intoBed.localTime.clockTime, night.outOfBed.localTime.clockTime,
                    Phrases.duration(night.timeInBed), Phrases.duration(night.totalSleep), Phrases.percent(night.efficiency),
                    String(night.quality),
                ]
            }
            let average = Phrases.sleepAverages(sleep.averages)
            rows.append(["Average", "", "", average.timeInBed, average.totalSleep, average.efficiency, average.quality])
            if let previous = sleep.previous {
                let before = Phrases.sleepAverages(previous)
                rows.append(
                    ["Period before (\(Wording.count(previous.nightCount, "night", "nights")))", "", "", before.timeInBed,
                     before.totalSleep, before.efficiency, before.quality])
            }
            return [
                table(["Night", "Bed", "Up", "In bed", "Asleep", "Efficiency", "Quality"], rows, rightAligned: 1...6),
                "*Efficiency is the time asleep over the time in bed; quality from 1 (very poor) to 5 (very good).*",
            ]
        case .exposure:
            return section.exposures.map { series in
                let repeats = series.attempts.count == 1 ? "once" : "\(series.attempts.count) times"
                let attempts = series.attempts.map { attempt in
                    let values = attempt.worksheet.values
                    var line = "\(attempt.worksheet.localTime.calendarDay.shortDay): predicted \(attempt.predicted), "
                        + "peak \(attempt.peak), end \(attempt.end), \(Wording.count(attempt.minutes, "minute", "minutes"))"
                    if let dropped = values.text(ExposureLog.safetyBehavioursDropped) { line += "; dropped: " + Phrases.oneLine(dropped) }
                    if let learned = values.text(ExposureLog.learned) { line += "; learned: " + Phrases.oneLine(learned) }
                    return "  - " + MarkdownText.inline(line)
                }
                let heading = "- **\(MarkdownText.inline(Phrases.oneLine(series.situation)))** (\(repeats)): \(Phrases.exposureSeries(series))"
                return ([heading] + attempts)
                    .joined(separator: "\n")
            } + ["*Distress from 0 (none) to 100 (the worst you can imagine).*"]
        case .diaryCard:
            guard let grid = section.diaryCards else { return [] }
            let fields = DiaryCard.emotions + DiaryCard.urges
            let rows = grid.days.map { day -> [String] in
                guard let card = day.card else { return [day.day.shortDay] + fields.map { _ in "·" } + [""] }
                let values = card.values
                var extras = Phrases.ownItems(values)
                let skills = Phrases.skills(values)
                if !skills.isEmpty { extras.append("skills: " + skills) }
                return [day.day.shortDay]
                    + fields.map { field in
                        if let urge = values.urge(field) { return "\(urge.strength)" + (urge.wasActedOn ? " acted" : "") }
                        return values.number(field).map(String.init) ?? "–"
                    } + [extras.joined(separator: "; ")]
            }
            let headers = ["Day"] + fields.map { Phrases.columnName($0) } + ["Own, skills"]
            return [
                table(headers, rows, rightAligned: 1...fields.count),
                "*From 0 (none) to 5 (the strongest); · is a day without a card.*",
            ]
        }
    }

    private static func bullets(_ lines: [String]) -> String {
        lines.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n")
    }

    /// A table of cells already on one line (`WorksheetPhrases.oneLine`), escaped, pipes too.
    private static func table(_ headers: [String], _ rows: [[String]], rightAligned: ClosedRange<Int>) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { MarkdownText.inline($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let rule = "|" + headers.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|"
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
