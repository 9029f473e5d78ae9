/// The Worksheets section of the HTML digest: a heading per kind, lists, and the sleep nights
/// and diary cards as tables narrow enough to print on one page's width (short cells, the
/// writer's own words in the last column, where they wrap). Every string goes through
/// `DigestHTML.isolating(_:)`, which puts the right-to-left words the phrases isolated in `<bdi>`.
enum WorksheetDigestHTML {
    private typealias Phrases = WorksheetPhrases

    static func section(_ section: WorksheetsOfPeriod) -> String {
        let parts = section.kinds.map { kind in
            let count = section.worksheets.filter { $0.kind == kind }.count
            return #"<h3 class="part">\#(escaped(Phrases.partTitle(kind, count: count)))</h3>"# + "\n" + part(kind, section)
        }
        return #"<section id="worksheets">"# + "\n<h2>Worksheets</h2>\n" + parts.joined(separator: "\n") + "\n</section>"
    }

    private static func part(_ kind: WorksheetKind, _ section: WorksheetsOfPeriod) -> String {
        switch kind {
        case .thoughtRecord:
            return section.thoughtRecords.map { record in
                #"<article class="worksheet">"# + "\n<h4>\(escaped(Phrases.heading(record, kind: false)))</h4>\n"
                    + list(Phrases.brief(record).map(escaped)) + "\n</article>"
            }.joined(separator: "\n")
        case .activity:
            let summary = section.activitySummary.map { list(Phrases.activitySummary($0).map(escaped)) } ?? ""
            let activities = section.activities.map { activity in
                escaped("\(activity.localTime.calendarDay.shortDay) \(activity.localTime.clockTime): ")
                    + "<strong>\(escaped(Phrases.oneLine(activity.values.text(ActivityLog.activity) ?? "")))</strong> · "
                    + escaped(Phrases.activityFigures(activity.values))
            }
            return summary + "\n" + list(activities, className: "activities")
        case .sleep:
            guard let sleep = section.sleep else { return "" }
            return sleepTable(sleep)
        case .exposure:
            let items = section.exposures.map { series in
                let repeats = series.attempts.count == 1 ? "once" : "\(series.attempts.count) times"
                let attempts = series.attempts.map { attempt in
                    let values = attempt.worksheet.values
                    var line = "\(attempt.worksheet.localTime.calendarDay.shortDay): predicted \(attempt.predicted), "
                        + "peak \(attempt.peak), end \(attempt.end), \(Wording.count(attempt.minutes, "minute", "minutes"))"
                    if let dropped = values.text(ExposureLog.safetyBehavioursDropped) { line += "; dropped: " + Phrases.oneLine(dropped) }
                    if let learned = values.text(ExposureLog.learned) { line += "; learned: " + Phrases.oneLine(learned) }
                    return escaped(line)
                }
                return "<strong>\(escaped(Phrases.oneLine(series.situation)))</strong> "
                    + escaped("(\(repeats)): \(Phrases.exposureSeries(series))") + "\n" + list(attempts)
            }
            return list(items) + "\n"
                + #"<p class="aside">Distress from 0 (none) to 100 (the worst you can imagine).</p>"#
        case .diaryCard:
            guard let grid = section.diaryCards else { return "" }
            return diaryCardTable(grid)
        }
    }

    private static func sleepTable(_ sleep: SleepDiary.Summary) -> String {
        let rows = sleep.nights.map { night in
            row(
                header: night.night.shortDay,
                [
                    night.intoBed.localTime.clockTime, night.outOfBed.localTime.clockTime, Phrases.duration(night.timeInBed),
                    Phrases.duration(night.totalSleep), Phrases.percent(night.efficiency), String(night.quality),
                ])
        }
        let average = Phrases.sleepAverages(sleep.averages)
        var footer = [row(header: "Average", ["", "", average.timeInBed, average.totalSleep, average.efficiency, average.quality])]
        if let previous = sleep.previous {
            let before = Phrases.sleepAverages(previous)
            footer.append(
                row(
                    header: "Period before (\(Wording.count(previous.nightCount, "night", "nights")))",
                    ["", "", before.timeInBed, before.totalSleep, before.efficiency, before.quality]))
        }
        let columns = ["Night", "Into bed", "Out of bed", "In bed", "Asleep", "Efficiency", "Quality"]
        return """
            <table class="grid sleep">
            <caption>Each night: time in bed, time asleep, sleep efficiency (asleep over in bed) and quality from 1 (very poor) to 5 (very good).</caption>
            <thead><tr>\(columns.map { #"<th scope="col">\#($0)</th>"# }.joined())</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            <tfoot>
            \(footer.joined(separator: "\n"))
            </tfoot>
            </table>
            """
    }

    private static func diaryCardTable(_ grid: DiaryCard.Grid) -> String {
        let fields = DiaryCard.emotions + DiaryCard.urges
        let rows = grid.days.map { day -> String in
            guard let card = day.card else {
                return row(header: day.day.shortDay, fields.map { _ in "·" }, text: "")
            }
            let values = card.values
            var extras = Phrases.ownItems(values)
            let skills = Phrases.skills(values)
            if !skills.isEmpty { extras.append("skills: " + skills) }
            let cells = fields.map { field in
                if let urge = values.urge(field) { return "\(urge.strength)" + (urge.wasActedOn ? " acted" : "") }
                return values.number(field).map(String.init) ?? "–"
            }
            return row(header: day.day.shortDay, cells, text: extras.joined(separator: "; "))
        }
        let headers = fields.map { field in
            #"<th scope="col" abbr="\#(DigestHTML.escaped(field.title))">\#(escaped(Phrases.columnName(field)))</th>"#
        }
        return """
            <table class="grid cards">
            <caption>Each day at its strongest, from 0 (none) to 5 (the strongest); · is a day without a card.</caption>
            <thead><tr><th scope="col">Day</th>\(headers.joined())<th scope="col" class="text">Own, skills</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            """
    }

    /// A row of short cells, and a last cell of the writer's words when `text` is given.
    private static func row(header: String, _ cells: [String], text: String? = nil) -> String {
        let last = text.map { #"<td class="text">\#(escaped($0))</td>"# } ?? ""
        return #"<tr><th scope="row">\#(escaped(header))</th>"# + cells.map { "<td>\(escaped($0))</td>" }.joined() + last + "</tr>"
    }

    private static func list(_ items: [String], className: String? = nil) -> String {
        let attribute = className.map { #" class="\#($0)""# } ?? ""
        return "<ul\(attribute)>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>"
    }

    private static func escaped(_ text: String) -> String { DigestHTML.isolating(text) }

    /// The rules the section adds to the digest's style sheet.
    static let styleSheet = """
        h3.part { font-size: 0.95rem; font-weight: 600; color: #333; margin: 1.6rem 0 0.5rem; break-after: avoid; }
        .worksheet { margin: 0 0 1rem; break-inside: avoid; }
        .worksheet h4 { font-size: 0.85rem; font-weight: 600; color: #444; margin: 0 0 0.2rem; }
        .worksheet ul { margin-bottom: 0.4rem; }
        h3.part, .worksheet h4 { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", system-ui, sans-serif; }
        table.grid { margin: 0.4rem 0 1rem; }
        table.grid th, table.grid td { padding: 0.2rem 0.3rem; }
        table.grid .text { text-align: left; }
        table.grid tfoot th, table.grid tfoot td { font-weight: 600; }
        table.grid thead th { overflow-wrap: normal; }
        table.cards thead th { white-space: nowrap; }
        """
}
