/// The WORKSHEETS section of the text digest: one part per kind, within the terminal's width
/// (80 columns in a file). Tables have columns of fixed width; the writer's text wraps.
struct WorksheetDigestText {
    let style: TextStyle

    private typealias Phrases = WorksheetPhrases
    private let indent = "  "
    private let inner = "    "

    func lines(_ section: WorksheetsOfPeriod) -> [String] {
        section.kinds.flatMap { kind in
            let count = section.worksheets.filter { $0.kind == kind }.count
            return [indent + style.bold(Phrases.partTitle(kind, count: count))] + part(kind, section)
        }
    }

    private func part(_ kind: WorksheetKind, _ section: WorksheetsOfPeriod) -> [String] {
        switch kind {
        case .thoughtRecord:
            return Array(
                section.thoughtRecords.map { record in
                    [inner + Phrases.heading(record, kind: false)]
                        + Phrases.brief(record).flatMap { wrapped($0, indent: inner + "  ", hanging: "  ") }
                }.joined(separator: [""]))
        case .activity:
            var lines = (section.activitySummary.map(Phrases.activitySummary) ?? []).flatMap { wrapped($0, indent: inner, hanging: "  ") }
            for activity in section.activities {
                let values = activity.values
                let line = "\(activity.localTime.calendarDay.shortDay) \(activity.localTime.clockTime)  "
                    + Phrases.oneLine(values.text(ActivityLog.activity) ?? "") + " · " + Phrases.activityFigures(values)
                lines += wrapped(line, indent: inner, hanging: "  ")
            }
            return lines
        case .sleep:
            guard let sleep = section.sleep else { return [] }
            return sleepTable(sleep)
        case .exposure:
            return section.exposures.flatMap { series in
                let repeats = series.attempts.count == 1 ? "once" : "\(series.attempts.count) times"
                let heading = "\(Phrases.oneLine(series.situation)) (\(repeats)): \(Phrases.exposureSeries(series))"
                return wrapped(heading, indent: inner, hanging: "  ")
                    + series.attempts.flatMap { attempt in
                        let values = attempt.worksheet.values
                        var line = "\(attempt.worksheet.localTime.calendarDay.shortDay): predicted \(attempt.predicted), "
                            + "peak \(attempt.peak), end \(attempt.end), \(Wording.count(attempt.minutes, "minute", "minutes"))"
                        if let dropped = values.text(ExposureLog.safetyBehavioursDropped) { line += "; dropped: " + Phrases.oneLine(dropped) }
                        if let learned = values.text(ExposureLog.learned) { line += "; learned: " + Phrases.oneLine(learned) }
                        return wrapped(line, indent: inner + "  ", hanging: "  ")
                    }
            } + wrapped("Distress from 0 (none) to 100 (the worst you can imagine).", indent: inner, hanging: "").map(style.dim)
        case .diaryCard:
            guard let grid = section.diaryCards else { return [] }
            return diaryCardGrid(grid)
        }
    }

    /// A row a night: `Fri 20 Nov   23:10  07:15  8h 05m  7h 20m    91%        4`.
    private func sleepTable(_ sleep: SleepDiary.Summary) -> [String] {
        func row(_ label: String, _ cells: [String]) -> String {
            inner + label.padding(toLength: 14, withPad: " ", startingAt: 0)
                + zip(cells, [7, 7, 8, 8, 12, 9]).map { cell, width in cell.leftPadded(to: width) }.joined()
        }
        var lines = [style.dim(row("Night", ["Bed", "Up", "In bed", "Asleep", "Efficiency", "Quality"]))]
        for night in sleep.nights {
            lines.append(
                row(night.night.shortDay, [
                    night.intoBed.localTime.clockTime, night.outOfBed.localTime.clockTime, Phrases.duration(night.timeInBed),
                    Phrases.duration(night.totalSleep), Phrases.percent(night.efficiency), String(night.quality),
                ]))
        }
        let average = Phrases.sleepAverages(sleep.averages)
        lines.append(row("Average", ["", "", average.timeInBed, average.totalSleep, average.efficiency, average.quality]))
        if let previous = sleep.previous {
            let before = Phrases.sleepAverages(previous)
            lines.append(row("Period before", ["", "", before.timeInBed, before.totalSleep, before.efficiency, before.quality]))
            lines.append(inner + style.dim("The period before: \(Wording.count(previous.nightCount, "night", "nights"))."))
        } else {
            lines.append(inner + style.dim("The period before: no nights to compare with."))
        }
        let legend = "Efficiency is the time asleep over the time in bed; quality from 1 (very poor) to 5 (very good)."
        return lines + wrapped(legend, indent: inner, hanging: "").map(style.dim)
    }

    /// A row a day: emotions and urges 0–5, `a` after an urge acted on, `·` a day without a card.
    private func diaryCardGrid(_ grid: DiaryCard.Grid) -> [String] {
        let columns: [(String, WorksheetField)] = [
            ("Sad", DiaryCard.sadness), ("Ang", DiaryCard.anger), ("Fear", DiaryCard.fear), ("Shame", DiaryCard.shame),
            ("Joy", DiaryCard.joy), ("Harm", DiaryCard.selfHarmUrge), ("Suic", DiaryCard.suicideUrge),
            ("Subst", DiaryCard.substanceUrge),
        ]
        func row(_ label: String, _ cells: [String]) -> String {
            inner + label.padding(toLength: 11, withPad: " ", startingAt: 0) + cells.map { $0.leftPadded(to: 6) }.joined()
        }
        var lines = [style.dim(row("Day", columns.map(\.0)))]
        var notes: [String] = []
        for day in grid.days {
            guard let card = day.card else {
                lines.append(row(day.day.shortDay, columns.map { _ in "·" }))
                continue
            }
            let values = card.values
            lines.append(
                row(day.day.shortDay, columns.map { _, field in
                    if let urge = values.urge(field) { return "\(urge.strength)" + (urge.wasActedOn ? "a" : "") }
                    return values.number(field).map(String.init) ?? "–"
                }))
            var extras = Phrases.ownItems(values)
            let skills = Phrases.skills(values)
            if !skills.isEmpty { extras.append("skills: " + skills) }
            if !extras.isEmpty { notes.append("\(day.day.shortDay): " + extras.joined(separator: "; ")) }
        }
        let legend = "From 0 (none) to 5 (the strongest); a: acted on the urge; ·: no card that day. Harm: self-harm, "
            + "Suic: suicidal urges, Subst: substances."
        lines += wrapped(legend, indent: inner, hanging: "").map(style.dim)
        return lines + notes.flatMap { wrapped($0, indent: inner, hanging: "  ") }
    }

    private func wrapped(_ text: String, indent: String, hanging: String) -> [String] {
        let width = max(20, style.width - indent.count - hanging.count)
        return style.safe(text).wrapped(to: width).enumerated().map { index, line in
            line.isEmpty ? "" : indent + (index == 0 ? "" : hanging) + line
        }
    }
}

extension String {
    /// The text with spaces before it up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
