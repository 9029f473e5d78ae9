import Foundation

/// The daily mood averages over the period as an SVG line chart: a line broken where a day has
/// no rating, the period before as a dashed level, and every session of the period (and the
/// next one, when it falls inside) as a dotted vertical. The
/// page's style sheet draws it (the `chart` rules), so that it prints like the rest of the page.
struct MoodChart {
    let digest: Digest
    let mood: MoodSummary

    private typealias Phrases = DigestPhrases

    // The drawing's own units; the SVG scales to the width of the page.
    private let width = 640.0
    private let height = 205.0
    private let plotLeft = 40.0
    private let plotRight = 560.0
    private let plotTop = 24.0
    private let plotBottom = 168.0
    /// Between the axis and the first and last day, so that their points are not cut in half.
    private let inset = 10.0

    private var days: [DailyMood] { mood.days }

    func render() -> String {
        var drawing = grid() + sessionMarks()
        if let previous = mood.previousAverage {
            drawing.append(line("previous", plotLeft, y(previous), plotRight, y(previous)))
            // Anchored at the drawing's right edge, so that a larger font on a small screen
            // cannot push it out of the picture.
            drawing.append(text("before: \(Phrases.oneDecimal(previous))", x: width - 2, y: y(previous), anchor: "end"))
        }
        drawing += moodLine() + dayLabels()
        return """
            <figure>
            <svg class="chart" role="img" aria-labelledby="mood-chart-title mood-chart-description" viewBox="0 0 \(format(width)) \(format(height))">
            <title id="mood-chart-title">\(DigestHTML.escaped(title))</title>
            <desc id="mood-chart-description">\(DigestHTML.escaped(description))</desc>
            \(drawing.joined(separator: "\n"))
            </svg>
            <figcaption>\(key())</figcaption>
            </figure>
            """
    }

    private var title: String {
        "Average mood of each day, \(Phrases.period(digest))"
    }

    /// What the chart shows, in words: for a screen reader, and for anyone who cannot see it.
    private var description: String {
        let rated = days.filter { $0.average != nil }.count
        var sentences = [
            "Mood from 0 (the worst) to 10 (the best), rated on \(rated) of \(Wording.count(days.count, "day", "days")); "
                + "a day without a rating is a gap in the line"
        ]
        sentences += Phrases.moodLines(mood, entryCount: digest.entries.count)
        sentences += sessions.map { "\($0.session.isPlanned ? "Next session" : "Session"): \($0.session.localTime.readableDay)" }
        return sentences.joined(separator: ". ") + "."
    }

    /// The dashed and dotted lines explained, in the page's text so that it wraps on a narrow
    /// screen.
    private func key() -> String {
        func sample(_ drawing: String) -> String {
            #"<svg class="chart" viewBox="0 0 30 10" aria-hidden="true">\#(drawing)</svg>"#
        }
        func line(_ className: String) -> String {
            #"<line class="\#(className)" x1="2" y1="5" x2="28" y2="5"/>"#
        }
        // A line that stops at a point and starts again after a space, as the chart draws a gap.
        let gap = #"<line class="mood" x1="1" y1="5" x2="8" y2="5"/><circle class="day" cx="8" cy="5" r="2.6"/>"#
            + #"<circle class="day" cx="22" cy="5" r="2.6"/><line class="mood" x1="22" y1="5" x2="29" y2="5"/>"#
        var keys = ["\(sample(line("mood"))) average of the day"]
        if mood.previousAverage != nil { keys.append("\(sample(line("previous"))) average of the period before") }
        if !sessions.isEmpty { keys.append("\(sample(line("session"))) session") }
        keys.append("\(sample(gap)) a gap: no rating that day")
        return keys.map { #"<span class="key">\#($0)</span>"# }.joined(separator: " ")
    }

    private func grid() -> [String] {
        var lines = [text("mood", x: 2, y: plotTop - 14)]
        for value in stride(from: 0, through: 10, by: 2) {
            lines.append(line(value == 0 ? "axis" : "grid", plotLeft, y(Double(value)), plotRight, y(Double(value))))
            lines.append(text(String(value), x: plotLeft - 8, y: y(Double(value)), anchor: "end"))
        }
        return lines
    }

    /// Every session held in the period and a planned one that falls inside it.
    private var sessions: [(session: Session, index: Int)] {
        (digest.heldSessions + [digest.nextSession].compactMap { $0 }).compactMap { session in
            guard let index = days.firstIndex(where: { $0.day == session.localTime.calendarDay }) else {
                return nil
            }
            return (session, index)
        }
    }

    private func sessionMarks() -> [String] {
        sessions.flatMap { session, index in
            let x = x(index)
            let opensToTheRight = x < (plotLeft + plotRight) / 2
            let label = "\(session.isPlanned ? "next session" : "session") \(days[index].day.shortDay)"
            return [
                line("session", x, plotTop - 8, x, plotBottom),
                text(label, x: opensToTheRight ? x + 5 : x - 5, y: plotTop - 8, anchor: opensToTheRight ? "start" : "end"),
            ]
        }
    }

    /// One polyline for each run of days with a rating, and a point on every such day: a day
    /// without one breaks the line rather than pulling it to 0.
    private func moodLine() -> [String] {
        var runs: [[(index: Int, average: Double)]] = [[]]
        for (index, day) in days.enumerated() {
            if let average = day.average {
                runs[runs.count - 1].append((index, average))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        let lines = runs.filter { $0.count > 1 }.map { run in
            let points = run.map { "\(format(x($0.index))),\(format(y($0.average)))" }.joined(separator: " ")
            return #"<polyline class="mood" points="\#(points)"/>"#
        }
        let points = runs.joined().map { point in
            #"<circle class="day" cx="\#(format(x(point.index)))" cy="\#(format(y(point.average)))" r="4"/>"#
        }
        return lines + points
    }

    /// Every day when they fit, else every second day, or a day a week (a fortnight, …) from
    /// the first, so that the labels never overlap.
    private func dayLabels() -> [String] {
        let step = [1, 2, 7, 14, 28].first { days.count <= $0 * 8 } ?? (days.count + 7) / 8
        return stride(from: 0, to: days.count, by: step).flatMap { index in
            [
                line("axis", x(index), plotBottom, x(index), plotBottom + 5),
                text(days[index].day.shortDay, x: x(index), y: plotBottom + 18, anchor: "middle"),
            ]
        }
    }

    private func line(_ className: String, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        #"<line class="\#(className)" x1="\#(format(x1))" y1="\#(format(y1))" x2="\#(format(x2))" y2="\#(format(y2))"/>"#
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String = "start") -> String {
        #"<text x="\#(format(x))" y="\#(format(y))" dy="0.35em" text-anchor="\#(anchor)">"#
            + DigestHTML.escaped(content) + "</text>"
    }

    private func x(_ index: Int) -> Double {
        guard days.count > 1 else { return (plotLeft + plotRight) / 2 }
        return plotLeft + inset + (plotRight - plotLeft - 2 * inset) * Double(index) / Double(days.count - 1)
    }

    private func y(_ mood: Double) -> Double {
        plotBottom - (plotBottom - plotTop) * mood / 10
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
